# LoadGlobal's cache keeps where a name's value lives; every way the
# globals or builtins dict can change under it must still give the
# current value.
import builtins

x = 1


def read_x():
    return x


def read_len():
    return len


# A value replaced in place.
for v in range(3):
    x = v * 10
    print("replaced", read_x())

# Deleted and added again, at a new entry.
del x
try:
    read_x()
except NameError as e:
    print("deleted:", e)
x = "back"
print("re-added", read_x())

# Many new names: the globals table resizes and every entry moves.
for i in range(200):
    globals()["name_%d" % i] = i
print("after resize", read_x(), name_150)
x = "moved"
print("replaced after resize", read_x())

# Names deleted in bulk, then the table compacted by more inserts.
for i in range(200):
    del globals()["name_%d" % i]
for i in range(50):
    globals()["other_%d" % i] = -i
print("after compaction", read_x(), other_49)

# A builtin, shadowed by a global, then unshadowed.
print("builtin", read_len() is builtins.len)
len = "shadow"
print("shadowed", read_len())
del len
print("unshadowed", read_len() is builtins.len)

# The builtin itself replaced in the builtins module.
saved = builtins.len
builtins.len = "patched"
print("patched builtin", read_len())
builtins.len = saved
print("restored builtin", read_len() is saved)

# The same code object run in other globals dicts (its cache sees each).
code = compile("r = x", "<cache>", "exec")
g1 = {"x": "first"}
g2 = {"x": "second", "pad": 0}
for _ in range(3):
    exec(code, g1)
    exec(code, g2)
    print("other globals", g1["r"], g2["r"])
g1["x"] = "first again"
del g2["x"]
exec(code, g1)
print(g1["r"])
try:
    exec(code, g2)
except NameError as e:
    print("missing in g2:", e)
g2["x"] = "second again"
exec(code, g2)
print(g2["r"])

# A globals dict cleared and refilled.
g3 = {"x": 1}
exec(code, g3)
print(g3["r"])
g3.clear()
g3["x"] = "refilled"
exec(code, g3)
print(g3["r"])
g3.update({"a%d" % i: i for i in range(100)})
exec(code, g3)
print(g3["r"])


# A loop that stores the global it reads.
def counter(n):
    global total
    total = 0
    for i in range(n):
        total = total + i
    return total


print("counter", counter(1000), total)
