# LoadGlobal after warm-up (more than 100 runs): a global rebound with
# `global`, deleted and re-created, a builtin shadowed by a global and
# unshadowed again, builtins' len reassigned, globals() changed directly.
# arenapy has no `builtins` module yet: its dict, either way.
B = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__

counter = 0
def bump():
    global counter
    counter += 1
    return counter

def read_counter():
    return counter

for i in range(150):
    bump()
print(read_counter(), counter)

def use_len(x):
    return len(x)

for i in range(150):
    use_len("abc")
print(use_len("abc"))
len = lambda x: "shadowed"
print(use_len("abc"))
del len
print(use_len("abcd"))

real_len = B["len"]
for i in range(150):
    use_len([1])
B["len"] = lambda x: "builtins.len replaced"
print(use_len([1, 2]))
B["len"] = real_len
print(use_len([1, 2]))

value = "first"
def read_value():
    return value
for i in range(150):
    read_value()
del value
try:
    read_value()
except NameError as e:
    print("NameError", e)
value = "second"
print(read_value())
globals()["value"] = "third"
print(read_value())
for i in range(150):
    globals()["extra%d" % i] = i
print(read_value(), extra149)

def read_max():
    return max(1, 2)
for i in range(150):
    read_max()
max = min
print(read_max())
globals().pop("max")
print(read_max())
B["max"], saved = (lambda *a: "patched"), B["max"]
print(read_max())
B["max"] = saved
print(read_max())

def loop_reads(n):
    t = 0
    for i in range(n):
        t += step
    return t
step = 2
print(loop_reads(150))
step = 3.5
print(loop_reads(150))

# A function run against another module's globals (exec with a dict).
src = "def f():\n    return abs(-k)\n"
ns = {"k": 5}
exec(src, ns)
for i in range(150):
    ns["f"]()
ns["k"] = 7
print(ns["f"]())
ns["abs"] = lambda x: "ns abs"
print(ns["f"]())
del ns["abs"]
print(ns["f"]())
del ns["k"]
try:
    ns["f"]()
except NameError as e:
    print("NameError", e)

# Module code: LoadName and StoreName on the module's dict after warm-up.
n = 0
only_stored = None
for i in range(300):
    n = n + 1
    only_stored = i
    if i == 150:
        del n
        n = 1000
    if i == 200:
        len = lambda x: -1
    if i == 250:
        del len
print(n, only_stored, len("abc"))
total = 0
for i in range(200):
    total += abs(-i)
    if i == 100:
        abs = lambda x: 0
print(total)
del abs
print(abs(-3))

# A class body: its own namespace first, then the module's.
shared = "module"
class C:
    for i in range(150):
        shared = shared if i else "class"
    seen = shared
print(C.seen, shared)

# exec with separate locals, and with one dict for both.
g = {"x": 1}
l = {}
for i in range(3):
    exec("for j in range(150):\n    y = x + j\n", g, l)
print(sorted(l), l["y"], "y" in g)
exec("for j in range(150):\n    x = x + 1\n", g)
print(g["x"])

# A replaced global's __del__ runs after the store, and sees the new value.
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag, "holder is now", holder.tag)
holder = D("first")
for i in range(3):
    holder = D("loop%d" % i)
print("after loop", holder.tag)
D.__del__ = lambda self: None

# A store through `global` in a function, warm, then the name deleted and
# re-created by other code.
def set_it(v):
    global it_value
    it_value = v
for i in range(150):
    set_it(i)
print(it_value)
del it_value
set_it("again")
print(it_value)
