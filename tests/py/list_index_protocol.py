# Keys with __index__, and ints beyond a machine word, as indices and slice bounds.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Bad:
    def __index__(self): return "x"
def t(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
L = [10, 20, 30, 40]
for s in ["L[I(1)]", "L[I(-1)]", "(1,2,3)[I(2)]", "'abc'[I(0)]", "b'abc'[I(1)]", "range(10)[I(3)]", "L[I(1):I(3)]", "L[::I(2)]", "'abcdef'[I(1):I(5):I(2)]",
          "L[Bad()]", "L[10**20:]", "L[:10**20]", "L[-10**20:]", "L[::10**20]", "L[10**20]", "'abc'[10**20]", "(1,)[-10**20]", "L[1.5]", "L['a']", "L[I(10)]"]:
    t(s)
M = [1, 2, 3]
M[I(0)] = 9
del M[I(1)]
print(M)
M[I(0):I(1)] = [7, 8]
print(M)
