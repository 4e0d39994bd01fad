# Subclasses of list/dict/tuple overriding __iter__/__len__/keys: the
# protocols that must go through the overrides (CPython's fast paths are
# for exact types, or for dicts whose class keeps dict's __iter__).
class L(list):
    def __iter__(self):
        return iter([9, 8])
    def __len__(self):
        return 42
class D(dict):
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'X'
    def __iter__(self):
        return iter(['z'])
    def __len__(self):
        return 7
class K(dict):
    # keys() alone is not used: dict's own __iter__ means a direct copy.
    def keys(self):
        return ['a']
class T(tuple):
    def __iter__(self):
        return iter('xy')
    def __len__(self):
        return 3
l = L([1, 2, 3]); d = D(a=1, b=2); t = T((1, 2)); k = K(a=1, b=2)
print(list(l), tuple(l), len(l), bool(L()), sorted(l), [*l], sorted(set(l)))
print(dict(d), list(d), len(d), {**d}, list(d.items()))
print(dict(k), {**k})
print(list(t), len(t), tuple(t), [*t], max(l), sum(l), ' '.join(map(str, l)))
a, b = l
print(a, b)
x, y = t
print(x, y)
print(list(zip(l, t)), list(enumerate(l)), str(l), repr(l), l == [1, 2, 3])
d2 = {}
d2.update(d)
print(d2)
print(list(reversed(l)), min(t), sorted(t))
try:
    a, b, c = L([1, 2, 3])
except ValueError as e:
    print(e)
