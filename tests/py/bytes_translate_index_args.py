# Seventh fuzz run: bytes/bytearray translate, maketrans and fromhex;
# __index__ for the start/end of find/index/count and for byte values;
# CPython converts start/end before it checks the substring.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

def f(*exprs):
    for e in exprs:
        try:
            print(e, '->', repr(eval(e)))
        except Exception as ex:
            print(e, '!', type(ex).__name__, ex)

f("b'abc'.translate(None, b'b')", "b'abc'.translate(None, delete=b'ac')",
  "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", "bytes.maketrans(b'ab', b'xy')[95:100]",
  "bytearray(b'abc').translate(None)", "bytearray(b'abc').translate(bytearray.maketrans(b'c', b'C'), b'a')",
  "type(bytearray.maketrans(b'a', b'b'))", "bytearray.fromhex('61 62\\t63')", "bytearray.fromhex('6')",
  "bytes.fromhex('61\\u300062')", "b'abc'.translate(b'x')", "b'abc'.translate(1)", "bytes.maketrans(b'a', b'bc')",
  "bytes.maketrans('a', 'b')", "b'abc'.translate(None, 1)", "b'abc'.translate()", "b'abc'.translate(None, b'', b'')")
f("'abcabc'.find('b', I(2))", "'abcabc'.index('b', None, I(5))", "'abc'.count('a', I(0), I(2))",
  "'abcabc'.rfind('c', I(-4), I(-1))", "'abc'.startswith('b', I(1))", "'abc'.endswith('b', 0, I(2))",
  "b'abc'.find(I(98))", "b'abcb'.rindex(I(98), I(0))", "b'abc'.count(I(97))", "b'abc'.find(b'c', I(1))",
  "bytearray(b'abc')[I(1)]", "bytearray(b'abcd')[I(1):I(3)]", "I(97) in b'abc'", "I(120) in bytearray(b'abc')",
  "bytearray(b'abc').index(I(99))", "b'abc'.find(I(300))", "b'abc'.find('a', 'x')",
  "'abc'.count(None, None)", "'abc'.count(1, 'x')", "'abc'.find(1, 'x')", "'abc'.index(1, 2.5)",
  "'abc'.startswith(1, 'x')", "b'abc'.startswith(1, 'x')")
b = bytearray(b'x')
b.append(I(65))
b.insert(I(0), I(66))
b[I(0)] = I(67)
b.remove(I(65))
print(b)
try:
    b.append(I(256))
except ValueError as e:
    print('ValueError', e)
# Conversion order: an argument CPython refuses stops before a later one's
# __index__ runs; translate checks the table before delete.
class K3:
    def __index__(self):
        raise KeyError(3)
class F:
    def __index__(self):
        return 1.5
class J:
    pass
f("pow(-1, I(3), None)", "pow(-1, I(3), 5)", "(0).to_bytes(0, b'big')", "'abcab'.find(('a', 'c'), J(), K3())",
  "b'abcab'.startswith(b'', F())", "bytearray(b'abc').translate([97], None)", "'abc'.find('a', K3(), J())",
  "b'abc'.find(J(), K3())", "K3() in b'abc'", "F() in bytearray(b'a')", "I(-2) in b'abc'", "J() in b'abc'")
try:
    class C(UnicodeDecodeError, IOError):
        pass
    print(C.__mro__[1].__name__)
except Exception as ex:
    print('!', type(ex).__name__, ex)
d = {'__name__': 'm'}
exec('class K: pass', d)
print(repr(d['K']), d['K'].__module__ if '__module__' in d['K'].__dict__ else '-')
