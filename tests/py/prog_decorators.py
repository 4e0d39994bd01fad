import functools


call_log = []

def log_calls(prefix="LOG"):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
            call_log.append(f"{prefix}: {func.__name__}({', '.join(parts)})")
            return func(*args, **kwargs)
        return wrapper
    return decorator

def retry(times):
    def deco(f):
        @functools.wraps(f)
        def inner(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return f(*a, **k)
                except ValueError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return inner
    return deco

def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w

class memoize:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        functools.update_wrapper(self, f)
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.f(*args)
        return self.cache[args]
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)

@log_calls()
@count_calls
def add(a, b=0):
    return a + b

@log_calls("TRACE")
def greet(name, *, punct="!"):
    return f"hello {name}{punct}"

state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "success"

@retry(2)
def always_fails():
    raise ValueError("nope")

@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(add(1, 2), add(5), greet("bob"), greet("amy", punct="?"))
print(add.__name__, add.__wrapped__.calls)
print(call_log)
print(flaky())
try:
    always_fails()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
print(slow_fib(80), len(slow_fib.cache), slow_fib.__name__)

class Calc:
    def __init__(self, k):
        self.k = k
    @memoize
    def scaled(self, x):
        return self.k * x
c = Calc(3)
print(c.scaled(4), c.scaled(4), Calc.scaled.__name__)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, inc.__code__.co_freevars if hasattr(inc, "__code__") else None)

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()], [m(10) for m in make_multipliers_late()])

def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(lambda x: x + 1, lambda x: x * 2, str, lambda s: s + "!")
print(pipeline(4))

def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        self.values = {}
print(Config() is Config(), Config.__name__)

def validate(**types):
    def deco(f):
        @functools.wraps(f)
        def w(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return f(**kwargs)
        return w
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="Al", age=3))
try:
    person(name="Al", age="3")
except TypeError as e:
    print("TypeError:", e)

class cached_prop:
    def __init__(self, f):
        self.f = f
        self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @cached_prop
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)
    @functools.cached_property
    def perimeter(self):
        print("computing perimeter")
        return round(2 * 3.14159 * self.r, 3)
ci = Circle(2)
print(ci.area, ci.area, ci.perimeter, ci.perimeter)
p = functools.partial(pow, 2)
print(p(10), p.func is pow, p.args, functools.partial(sorted, reverse=True)([3, 1, 2]))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
gen_funcs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print(gen_funcs["a"](), gen_funcs["b"]())
@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register(int)
def _(x):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
print(show(1), show("s"), show([1, "a"]))
