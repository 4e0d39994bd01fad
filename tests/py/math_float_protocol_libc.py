# math functions convert arguments as CPython's PyFloat_AsDouble does
# (__float__, then __index__, of instances of classes), and erf, erfc,
# cbrt, asinh, acosh, atanh give the C library's (glibc's) last digits.
import math


class A:
    def __float__(self):
        return 2.0


class B:
    def __index__(self):
        return 3


class C:
    def __float__(self):
        return 1


class D:
    def __float__(self):
        raise KeyError('k')


names = [n for n in sorted(dir(math)) if not n.startswith('_') and callable(getattr(math, n))]
for n in names:
    f = getattr(math, n)
    for args in ((A(),), (B(),), (C(),), (D(),), (A(), B()), (B(), A()), ([A(), B()],), ('x',)):
        try:
            r = f(*args)
            print(n, len(args), repr(r))
        except Exception as e:
            print(n, len(args), '!', type(e).__name__, e)

# last digits that musl's algorithms (and std's cbrt) got wrong
values = [2.0, 3.0, -1.0, 1.0, 0.5, -0.3, 1.3, 2.5, 2.9, -3.7, 5.5, 6.5, 27.0, 1e-310,
          5e-324, 1e308, 268435456.00000006, 2.0000000000000004, 0.9999999999999999,
          1.0000000000000002, 0.84375, 1.25, 2.857142857142857, 28.0, -6.0, 0.25, 1e-30]
for name in ('erf', 'erfc', 'cbrt', 'asinh', 'acosh', 'atanh'):
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except ValueError as e:
            out.append('!' + str(e))
    print(name, ' '.join(out))
for v in values:
    print(repr(v), [repr(getattr(math, n)(-v)) for n in ('erf', 'erfc', 'cbrt', 'asinh')])

# prod's argument checks (Argument Clinic's order)
for args, kw in (((), {}), (([1], 2, 3), {}), (([1], 2), {}), (([1], 2), {'start': 1}), ((), {'x': [1]}),
                 (([1],), {'x': 1}), (([2, 3],), {'start': 2.5})):
    try:
        print(math.prod(*args, **kw))
    except TypeError as e:
        print('!', e)
