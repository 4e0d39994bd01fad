import sys, math, gc
owners = [str, bytes, bytearray, complex, list, tuple, dict, set, frozenset, int, float, bool, range, slice, object, type, BaseException, property]
out = []
for t in owners:
    for k in dir(t):
        v = getattr(t, k, None)
        if type(v).__name__ in ('builtin_function_or_method', 'method_descriptor', 'classmethod_descriptor', 'wrapper_descriptor', 'method-wrapper'):
            out.append(t.__name__ + ' ' + k)
        elif callable(v) and not isinstance(v, type):
            out.append(t.__name__ + ' ' + k + ' ?' + type(v).__name__)
builtins = __builtins__
for k in (list(builtins) if type(builtins) is dict else dir(builtins)):
    v = (builtins[k] if type(builtins) is dict else getattr(builtins, k))
    if type(v).__name__ == 'builtin_function_or_method':
        out.append('builtins ' + k)
for m in (math, sys, gc):
    for k in dir(m):
        v = getattr(m, k)
        if type(v).__name__ == 'builtin_function_or_method':
            out.append(m.__name__ + ' ' + k)
for l in out: print(l)
