log = []
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("open%d" % self.n)
        return self.n
    def __exit__(self, *args):
        log.append("close%d" % self.n)

try:
    with Res(1) as a:
        with Res(2) as b:
            log.append(a + b)
            raise KeyError("k")
except KeyError:
    log.append("handled")
print(log)

class OnlyTypeError:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, TypeError)

with OnlyTypeError():
    raise TypeError("swallowed")
print("ok")
try:
    with OnlyTypeError():
        raise IndexError("not swallowed")
except IndexError as e:
    print("IndexError", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
