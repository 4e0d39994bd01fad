# dir(obj) calls a class's __dir__ and sorts a list of its result; a
# module's dir() lists its namespace only.
import math


class D:
    def __dir__(self):
        return ['z', 'a', 'z']


class G:
    def __dir__(self):
        return (c for c in 'cab')


class E:
    def __dir__(self):
        return 5


class R:
    def __dir__(self):
        raise KeyError('dir')


class Mixed:
    def __dir__(self):
        return ['a', 1]


for o in (D(), G(), E(), R(), Mixed()):
    try:
        print(dir(o))
    except Exception as e:
        print(type(e).__name__, e)
print([n for n in dir(math) if not n.startswith('__')])
print('__eq__' in dir(math), '__name__' in dir(math))
