# issubclass with tuples checks arg 1 per class; reversed() of a class with
# __getitem__ reports its len() error (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: issubclass((), ()))
t(lambda: issubclass(int, ()))
t(lambda: issubclass(int, (str, ())))
t(lambda: issubclass(5, (int,)))
t(lambda: issubclass(5, int))
t(lambda: issubclass(bool, ((str,), (int,))))
t(lambda: isinstance(1, ()))


class G:
    def __getitem__(self, k):
        return k


class GL(G):
    def __len__(self):
        return 3


class BadLen(G):
    def __len__(self):
        return -1


t(lambda: list(reversed(G())))
t(lambda: list(reversed(GL())))
t(lambda: list(reversed(BadLen())))
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
