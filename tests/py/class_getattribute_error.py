# A __getattribute__'s AttributeError is raised as it is when there is no
# __getattr__ (found beside scripts/fuzz-diff's __getattr__ cases).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class G:
    def __getattribute__(self, k):
        raise AttributeError('custom ' + k)


class GG(G):
    def __getattr__(self, k):
        return ('fallback', k)


class H:
    def __getattribute__(self, k):
        if k == 'x':
            return 1
        return object.__getattribute__(self, k)


class K:
    def __getattribute__(self, k):
        raise KeyError(k)


t(lambda: G().x)
t(lambda: GG().x)
t(lambda: (H().x, H().__class__.__name__))
t(lambda: H().y)
t(lambda: K().x)
t(lambda: hasattr(G(), 'x'))
t(lambda: getattr(G(), 'x', 'dflt'))
