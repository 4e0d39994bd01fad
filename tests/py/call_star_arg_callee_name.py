# The callee named in a bad * / ** argument's message: a class by its qualified
# name (after its module unless built in).
class C:
    def __init__(self, **kw): pass
    class D:
        pass
def f(**kw): pass
for call in ["dict(**None)", "dict(**[])", "print(**None)", "f(**None)", "int(**1)", "list(*1)",
             "C(**None)", "C.D(*1)", "C(*None)", "dict(**{'a': 1}, **[])", "f(**{'a': 1}, **{'a': 2})",
             "dict(**{'a': 1}, **{'a': 2})", "C(**{'a': 1}, **{'a': 2})", "[].append(**None)", "str.join(**None)",
             "type(**None)", "range(*5)", "ValueError(**3)"]:
    try:
        eval(call)
    except TypeError as e: print(call, '->', e)
