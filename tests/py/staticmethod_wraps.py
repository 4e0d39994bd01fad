# staticmethod and classmethod copy their callable's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into their own __dict__ (CPython
# 3.10's functools_wraps in sm_init/cm_init) and have __wrapped__; a
# function's __annotations__ is its own word, not an entry of its __dict__;
# gc.is_finalized.
import gc, sys
log = []
class F:
    def __del__(self):
        log.append(gc.is_finalized(self))
        global keep
        keep = self
f = F(); print(gc.is_finalized(f)); del f; print(gc.is_finalized(keep))
print(gc.is_finalized(object()), gc.is_finalized([]), gc.is_finalized(1))
def g(): "gdoc"
class C:
    @staticmethod
    def s(): "sdoc"
    @classmethod
    def c(cls): "cdoc"
sm = C.__dict__["s"]; cm = C.__dict__["c"]
print(sm.__doc__, cm.__doc__, sm.__name__, cm.__qualname__, sorted(vars(sm)), C.s(), C.c())
sm.extra = 5; print(sm.extra, sm.__dict__["extra"])
sm.__dict__["self"] = sm; del sm, C; print(gc.collect() > 0)
print(staticmethod(len).__name__, classmethod(len).__qualname__)
print(g.__annotations__, g.__dict__)
g.__annotations__ = {"r": int}; print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
print(sys.getsizeof(staticmethod(g)), sys.getsizeof(classmethod(g)))
