# `import builtins`: the module over the interpreter's builtins dict.
exec('print(__name__)', {})
exec('print(__doc__)', {})
import builtins
print(builtins.__name__, builtins.len is len, builtins, type(builtins).__name__)
builtins.zz = 5
print(zz)
del builtins.zz
try:
    zz
except NameError as e:
    print('NameError', e)
print(builtins.__debug__, builtins.__doc__.split('\n')[0])
print(all(getattr(builtins, n) is eval(n) for n in ('print', 'int', 'ValueError', 'None', 'Ellipsis')))
import builtins as b2
print(b2 is builtins)
