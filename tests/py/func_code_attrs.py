def f(a, b=1, *args, c, d=2, **kw):
    x = a
    def g():
        return x + a
    return g
g = f(1, c=3)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_cellvars, co.co_freevars)
print(g.__code__.co_freevars, g.__code__.co_cellvars, g.__code__.co_nlocals, g.__code__.co_qualname, f.__code__.co_nlocals)
print(co.co_flags & 0x04, co.co_flags & 0x08, g.__code__.co_flags & 0x10)
