# sorted() and list.extend() ask a class's __len__ (the length hint) as list() does; join and max do not. (Found by scripts/fuzz-diff.)
class C:
    def __init__(self, e): self.e = e
    def __len__(self):
        raise self.e
    def __iter__(self):
        yield 'a'; yield 'b'
for e in (KeyError('len'), TypeError('t'), ValueError('v')):
    for f in (sorted, list, tuple, ' '.join, [].extend, max, min):
        try:
            print(f(C(e)))
        except Exception as x:
            print(type(x).__name__, x)
