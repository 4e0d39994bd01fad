# Found by scripts/fuzz-diff (fifth run, seed x6): the keyword message of
# int(), bytes(), complex() and str(), namedtuple's argument count with
# defaults, OrderedDict.move_to_end keeping the stored key.
import collections
tests = [
 "int(x=1)", "bytes(x=1)", "complex(x=1)", "str(x=1)", "int.__new__(int, x=1)", "int('7', base=8)", "complex(real=1, imag=2)",
 "collections.namedtuple('P', 'x, y', defaults=(1,))(1, 2, 3)", "collections.namedtuple('P', 'x, y', defaults=(1, 2))(1, 2, 3)",
 "collections.namedtuple('P', 'x, y')(1, 2, 3)",
 "(lambda d: (d.move_to_end(0), d)[1])(collections.OrderedDict({float('nan'): 1, -0.0: 2, 3: 4}))",
 "(lambda d: (d.move_to_end(0, last=False), d)[1])(collections.OrderedDict({3: 4, -0.0: 2}))",
 "(lambda d: (d.move_to_end(5), d)[1])(collections.OrderedDict({3: 4}))",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
