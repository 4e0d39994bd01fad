# sys.version_info, float_info, int_info, hash_info: tuples whose items are
# also attributes, as CPython 3.11's struct sequences.
import sys

vi = sys.version_info
print(vi[:2], vi.major, vi.minor >= 8, vi >= (3, 8), vi.releaselevel, len(vi), isinstance(vi, tuple))
print(type(vi).__name__, type(vi).__module__, type(vi).__match_args__)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info)
print(sys.hash_info)
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.width, sys.hash_info[:3])
print(sys.float_info.n_fields, sys.float_info.n_sequence_fields, sys.float_info.n_unnamed_fields)
print(sys.float_info.max == 1.7976931348623157e+308, 1.0 + sys.float_info.epsilon > 1.0)
try:
    sys.float_info.max = 1
except AttributeError as e:
    print("AttributeError")
try:
    sys.no_such_thing
except AttributeError as e:
    print(e)
major, minor, *rest = sys.version_info
print(major, rest[-2:])
match sys.version_info:
    case (3, m, *_):
        print("python 3 minor >= 0:", m >= 0)
print(sys.float_info is sys.float_info)
