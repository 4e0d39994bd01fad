import builtins
print(builtins.__name__, builtins.len([1, 2]), builtins.abs(-3))
import sys
print("builtins" in sys.modules, sys.modules["builtins"] is builtins)
old = builtins.abs
builtins.abs = lambda v: "patched"
print(abs(-1))
builtins.abs = old
print(abs(-1))
builtins.my_name = 42
print(my_name)
del builtins.my_name
try:
    my_name
except NameError as e:
    print(e)
