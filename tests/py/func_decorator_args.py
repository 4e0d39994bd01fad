def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(fn(*args, **kwargs))
            return results
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@repeat(3)
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("bob"), greet.__name__)
print(greet("al", punct="?"))

def tag(name):
    def deco(fn):
        def wrapped(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return wrapped
    return deco

@tag("b")
@tag("i")
def text(s):
    return s
print(text("hello"))

registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("sq")
def square(x):
    return x * x
@register("neg")
def negate(x):
    return -x
print(sorted(registry), registry["sq"](7), registry["neg"](2))

def count_calls(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@count_calls
def f(x):
    return x
f(1); f(2); f(3)
print(f.calls)

class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        print("calling", self.fn.__name__)
        return self.fn(*a)
@Deco
def add(a, b):
    return a + b
print(add(2, 3))
