# Specialised calls (CallPyExactArgs, CallBuiltinFast, CallNoKwLen,
# CallNoKwIsinstance, CallNoKwListAppend, CallMethodDescriptor,
# CallMethodPyExactArgs): warmed up past the quickening threshold, then
# every guard broken, with the generic results and errors.
import sys


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def with_default(a, b=10):
    return a * b


def gen(a, b):
    yield a
    yield b


def call_site(f, x, y):
    return f(x, y)


total = 0
for i in range(300):
    total += call_site(add, i, 1)
print("warm", total)
# Function rebound at the warm site.
print(call_site(sub, 10, 3))
# A generator function, then defaults used, then too many arguments.
print(list(call_site(gen, 1, 2)))
print(call_site(with_default, 3, 4))
try:
    call_site(lambda a: a, 1, 2)
except TypeError as e:
    print("TypeError", e)
# A built-in, a class, a bound method at the same site.
print(call_site(max, 4, 9), call_site(divmod, 17, 5))
print(call_site(complex, 1, 2))
print(call_site([].__class__, (1, 2), None) if False else "skip")
for i in range(300):
    call_site(add, i, i)
print(call_site(add, "a", "b"))


def one_arg_site(f, x):
    return f(x)


for i in range(300):
    one_arg_site(abs, -i)
print(one_arg_site(abs, -5), one_arg_site(len, "abc"), one_arg_site(str, 12))
try:
    one_arg_site(abs, "x")
except TypeError as e:
    print("TypeError", e)
print(one_arg_site(lambda v: v * 2, 21))


# len shadowed after warm-up (module global, then restored).
def use_len(x):
    return len(x)


n = 0
for i in range(300):
    n += use_len([0] * (i % 5))
print("len warm", n)
try:
    use_len(5)
except TypeError as e:
    print("TypeError", e)


class Sized:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


print(use_len(Sized()), use_len({1: 2}), use_len(range(10)))
try:
    use_len(BadLen())
except ValueError as e:
    print("ValueError", e)
len = lambda x: "shadowed"
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))


# isinstance warm, then shadowed, then hooks.
def check(x, t):
    return isinstance(x, t)


c = 0
for i in range(300):
    c += check(i, int) + check(i, str) + check(i, (str, int))
print("isinstance warm", c)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return True


class Anything(metaclass=Meta):
    pass


print(check(3, Anything), check(Anything(), Anything))
try:
    check(3, 4)
except TypeError as e:
    print("TypeError", e)
isinstance = lambda x, t: "shadowed"
print(check(1, int))
del isinstance
print(check(1, int))


# list.append at a warm site, then a subclass overriding append, a non-list,
# and a missing argument.
class LoudList(list):
    def append(self, x):
        print("LoudList.append", x)
        super().append(x * 10)


class Appender:
    def append(self, x):
        print("Appender.append", x)


def push(lst, x):
    lst.append(x)
    return lst


acc = []
for i in range(300):
    push(acc, i)
print("append warm", len(acc), acc[-3:], sys.getrefcount(acc) > 0)
ll = LoudList()
print(push(ll, 4))
print(push(Appender(), 5) is not None)
print(push([1], "x"))


def push_none(lst):
    return lst.append()


for i in range(5):
    pass
try:
    push_none([])
except TypeError as e:
    print("TypeError", e)

# list.append itself replaced on the object's class is impossible; a plain
# object whose attribute named append is a list method bound elsewhere:
other = []


class Holder:
    pass


h = Holder()
h.append = other.append
push(h, 1)
print(other)


# Method descriptors of built-in types: warm, then other receivers.
def join_upper(s, parts):
    return s.join(parts).upper()


r = ""
for i in range(300):
    r = join_upper("-", ["a", "b"])
print(r)


class MyStr(str):
    def join(self, parts):
        return "MyStr.join"


print(join_upper(MyStr("+"), ["x", "y"]))
try:
    join_upper("-", [1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    join_upper(b"-", [b"a"])
except AttributeError as e:
    print("AttributeError", e)


def get_or(d, k):
    return d.get(k, -1)


for i in range(300):
    get_or({1: 2}, i % 3)
print(get_or({1: 2}, 1), get_or({}, 1))
try:
    print(get_or([], 1))
except AttributeError as e:
    print("AttributeError", e)


# Python methods called through LoadMethod/CallMethod, then replaced on the
# class, shadowed by an instance attribute, or with a different arity.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


def bump_site(o, k):
    return o.bump(k)


ctr = Counter()
for i in range(300):
    bump_site(ctr, 1)
print("bump warm", ctr.n)
Counter.bump = lambda self, k: "replaced %d" % k
print(bump_site(ctr, 2))
ctr.bump = lambda k: "instance %d" % k
print(bump_site(ctr, 3))
del ctr.bump
Counter.bump = lambda self, k, extra=100: k + extra
print(bump_site(ctr, 4))
Counter.bump = lambda self: "no k"
try:
    bump_site(ctr, 5)
except TypeError as e:
    print("TypeError", e)


# Recursion through a specialised site still raises RecursionError, and a
# traceback through it names every frame.
def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)


def fail(x):
    return 1 // x


def outer(x):
    return fail(x)


for i in range(1, 300):
    outer(i)
try:
    outer(0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback", names)


# locals() / globals() through a warm built-in call site.
def through(f):
    return f()


def show_locals():
    x = 1
    for i in range(300):
        through(len.__class__) if False else None
    return sorted(through(locals).keys()) if False else sorted(locals())


print(show_locals())
for i in range(300):
    through(dict)
print(type(through(globals)).__name__, through(dict))


# Frame requests (globals(), locals(), dir()) answered through a warm
# built-in call site.
def call0(f):
    return f()


for i in range(300):
    call0(globals)
print([k for k in call0(globals) if k == "call0"])
print(sorted(call0(locals)), call0(dir))


def call0_in_method(o):
    return o.keys()


for i in range(300):
    call0_in_method({})
print(list(call0_in_method({"a": 1})))
