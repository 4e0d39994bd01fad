# `s += t` may grow s in place when nothing else refers to it (CPython's
# BINARY_OP_INPLACE_ADD_UNICODE); whatever the case, the results are those
# of building a new string.

def grow(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s

print(len(grow(1000, "ab")), grow(3, "xy"), len(grow(200, "é")), grow(2, "€"))

def aliases():
    s = "start"
    keep = []
    for i in range(5):
        alias = s          # a second reference: s must not change under it
        s += str(i)
        keep.append(alias)
    return s, keep

print(aliases())

def hashed():
    s = "k"
    d = {}
    for i in range(4):
        s = s + "x"        # the same pattern with a plain +
        d[s] = i           # the dict key's hash is cached
    s += "!"
    return s, d, "kxxxx" in d, d.get("kxxxx")

print(hashed())

def self_append():
    s = "ab"
    for _ in range(3):
        s += s
    return s

print(self_append())

def mixed_kinds():
    s = "é"
    s += "a"
    t = "a"
    t += "é"
    u = "€"
    u += "𝄞"
    return s, t, u, len(u), u.encode("utf-8")

print(mixed_kinds())

def then_load():
    s = "x"
    out = []
    for i in range(3):
        s += "y"
        out.append(s)      # StoreFast then LoadFast: the pair is a super-instruction
    return out

print(then_load())

def errors():
    s = "abc"
    try:
        s += 1
    except TypeError as e:
        print("TypeError:", e)
    return s

print(errors())

class S(str):
    pass

def subclass():
    s = S("sub")
    s += "x"
    return type(s).__name__, s

print(subclass())

def global_and_cell():
    s = "c"
    def inner():
        nonlocal s
        s += "d"
        return s
    return inner(), inner()

print(global_and_cell())
g = "g"
for i in range(3):
    g += "h"
print(g)
