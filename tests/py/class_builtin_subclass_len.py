# len() and bool() use __len__ overridden in a subclass of list, dict or set.
class L(list):
    def __len__(self): return 42
class D(dict):
    def __len__(self): return 0
class S(set):
    def __len__(self): return 7
class Plain(list): pass
print(len(L([1])), bool(L()), len(D(a=1)), bool(D(a=1)), len(S()), len(Plain([1, 2])), bool(Plain()))
