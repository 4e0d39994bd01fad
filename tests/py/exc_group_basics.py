print(ExceptionGroup.__mro__)
e = ExceptionGroup('msg', [ValueError(1)])
print(repr(e), str(e), e.message, e.exceptions, e.args)
e2 = BaseExceptionGroup('m', [ValueError(1), TypeError(2)])
print(type(e2).__name__, str(e2))
e3 = BaseExceptionGroup('m', [KeyboardInterrupt()])
print(type(e3).__name__)
for a in [(), ('m',), (1,[ValueError()]), ('m', 5), ('m', []), ('m',[1]), ('m',[KeyboardInterrupt()])]:
    try: ExceptionGroup(*a)
    except Exception as x: print(type(x).__name__, x)
try: ExceptionGroup('m',[ValueError()], x=1)
except Exception as x: print(type(x).__name__, x)
try:
    raise e2
except Exception as x:
    print("caught", repr(x))
eg = ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split((TypeError, KeyError)))
print(repr(eg.derive([ValueError(9)])))
try: eg.split(3)
except TypeError as x: print(x)
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
me = MyEG('mine', [ValueError(1), TypeError(2)], 42)
print(type(me).__name__, repr(me), me.code)
mm, mr = me.split(ValueError)
print(type(mm).__name__, mm.code, repr(mm), repr(mr))
class E2(ExceptionGroup): pass
try: E2('x', [KeyboardInterrupt()])
except TypeError as x: print(x)
print(isinstance(E2('x',[ValueError()]), Exception))
# Traceback, cause, context and notes go to the split parts.
try:
    try:
        raise KeyError('ctx')
    except KeyError:
        g = ExceptionGroup('g', [ValueError(1), TypeError(2)])
        g.add_note('a note')
        raise g from OSError('cause')
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(m.__traceback__.tb_lineno == caught.__traceback__.tb_lineno, m.__traceback__.tb_lineno)
    print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
    print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)
    print(repr(caught.subgroup(TypeError).__cause__))
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    Bad('b', [ValueError(), TypeError()]).split(ValueError)
except TypeError as x:
    print(x)
print(BaseExceptionGroup('b', (KeyboardInterrupt(), ValueError())).split(Exception))
e = ExceptionGroup('m', [ValueError(1)])
for name in ['message', 'exceptions']:
    try:
        setattr(e, name, 5)
        print('set', getattr(e, name))
    except AttributeError as x:
        print('AE', x)
class S:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
print(repr(ExceptionGroup('s', S([ValueError(2)])).exceptions))
print(ExceptionGroup('m', [ValueError()]) .split(lambda x: False))
print(issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(BaseExceptionGroup.__new__(BaseExceptionGroup, 'x', [ValueError()]).__class__)
try:
    raise BaseExceptionGroup('b', [KeyboardInterrupt()])
except Exception:
    print('wrong')
except BaseException as b:
    print('base', repr(b))
print(type(ExceptionGroup('m',[ValueError()]).derive([KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup('m',[ValueError()])), str(BaseExceptionGroup('', [ValueError(), KeyError()])))
