# types.ModuleType(name, doc=None): CPython's module_new/module_init_dict
# (a 72-byte module and a dict of __name__, __doc__, __package__,
# __loader__, __spec__).
import types, sys
m = types.ModuleType("m")
print(m, m.__name__, m.__doc__, sorted(vars(m)), sys.getsizeof(m), sys.getsizeof(vars(m)))
m2 = types.ModuleType("m2", "doc"); m2.x = 1
print(m2.__doc__, m2.x, list(m2.__dict__))
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
