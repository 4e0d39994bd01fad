# Specialised compares (CompareOp{Int,Float,Str}[Jump]): each site is warmed
# up with one kind of operand (more than 100 runs), then fed others —
# floats, big ints, strs, subclasses with their own __eq__/__lt__, NaN,
# -0.0, mixed int/float, operands that raise — then the first kind again.
# The results must be the generic ones, jumps included.

class MyInt(int):
    def __lt__(self, other):
        return "MyInt.__lt__"
    def __eq__(self, other):
        return False
    __hash__ = int.__hash__

class MyStr(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__

class MyFloat(float):
    def __gt__(self, other):
        return 0  # falsy: the jump must test it, not assume a bool

def lt_jump(a, b):
    if a < b:
        return "lt"
    return "ge"

def eq_jump(a, b):
    if a == b:
        return "eq"
    return "ne"

def ne_jump(a, b):
    while a != b:
        return "ne"
    return "eq"

def gt_value(a, b):
    return a > b

def le_value(a, b):
    r = a <= b
    return r

def ge_not(a, b):
    if not a >= b:
        return "not ge"
    return "ge"

big = 10 ** 30
kinds = [
    ("int", 3, 5), ("int", 5, 3), ("int", 4, 4), ("int", -(2 ** 63), 2 ** 63 - 1),
    ("float", 1.5, 2.5), ("float", 2.5, 1.5), ("float", 0.0, -0.0),
    ("nan", float("nan"), float("nan")), ("nan-left", float("nan"), 1.0),
    ("inf", float("inf"), 1e308), ("mixed", 1, 1.0), ("mixed", 2.5, 2),
    ("mixed", 2 ** 53 + 1, float(2 ** 53)),
    ("big", big, big + 1), ("big", big, big), ("big-small", big, 3), ("big-neg", -big, 3),
    ("bool", True, 1), ("bool", False, True),
    ("str", "abc", "abd"), ("str", "abc", "abc"), ("str", "b", "abc"), ("str", "", "a"),
    ("str-uni", "é", "z"), ("str-uni", "\U0001f600", "\uffff"),
    ("myint", MyInt(3), 5), ("myint-r", 5, MyInt(3)), ("mystr", MyStr("x"), "y"),
    ("myfloat", MyFloat(9.0), 1.0),
    ("tuple", (1, 2), (1, 3)), ("none", None, None),
]

funcs = [lt_jump, eq_jump, ne_jump, gt_value, le_value, ge_not]
for warm_a, warm_b in [(1, 2), (1.0, 2.0), ("a", "b")]:
    for f in funcs:
        for i in range(150):
            f(warm_a, warm_b)
        out = []
        for name, a, b in kinds:
            try:
                out.append(f(a, b))
            except TypeError as e:
                out.append("TypeError: " + str(e))
        # Back to the warm-up kind after the misses.
        for i in range(150):
            r = f(warm_a, warm_b)
        out.append(r)
        print(type(warm_a).__name__, f.__name__, out)

# A loop whose compare changes type each stretch: int, float, big int,
# str (raises), subclass, back to int.
def count_below(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
    return n

print(count_below(list(range(300)), 150))
print(count_below([x / 2 for x in range(300)], 75))
print(count_below([10 ** 20 + x for x in range(300)], 10 ** 20 + 100))
print(count_below(list(range(200)) + [0.5, 1e300, -1e300], 100))
print(count_below(list(range(200)) + [MyInt(1)] * 3, 100))
try:
    count_below(list(range(200)) + ["x"], 100)
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("TypeError", e, "line", tb.tb_lineno)

# Equality of strs that are equal but not the same object, and identical.
words = [w for w in "the quick brown fox jumps over the lazy dog the end".split()]
print(sum(1 for _ in range(20) for w in words if w == "the"))
print(sum(1 for _ in range(20) for w in words if w != "".join(["t", "he"])))
s = "same"
print(all(s == s for _ in range(200)), any(s != s for _ in range(200)))

# Chained compares and compares feeding and/or keep their jumps.
def chain(a, b, c):
    return a < b < c, a < b and b > c, a == b or b == c
for i in range(150):
    chain(1, 2, 3)
print(chain(1, 2, 3), chain(3, 2, 1), chain(1.0, 1, 1.0), chain("a", "b", "b"))

# Comparisons whose __eq__ raises, after warm-up.
class Bad(str):
    def __eq__(self, other):
        raise ValueError("no eq")
    __hash__ = str.__hash__
for i in range(150):
    eq_jump("a", "a")
try:
    eq_jump(Bad("a"), "a")
except ValueError as e:
    print("ValueError", e)
print(eq_jump("a", "a"), eq_jump("a", "b"))

# `is` / `is not` / `in` / `not in` before a conditional jump, and as
# values.
def membership(xs, box):
    hits = []
    for x in xs:
        if x is None:
            hits.append("none")
        elif x is not True:
            if x in box:
                hits.append("in")
            if x not in box:
                hits.append("out")
        hits.append((x is None, x in box if x is not None else None))
    return hits
print(membership([None, True, 1, 5, "a"] * 30, {1, "a"})[-12:])
class BadContains:
    def __contains__(self, x):
        raise KeyError("contains " + repr(x))
def check(box):
    n = 0
    for i in range(150):
        if i in box:
            n += 1
    return n
print(check(range(0, 300, 2)), check([1, 2, 3]), check({}))
try:
    check(BadContains())
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError", e, "line", tb.tb_lineno)
try:
    check(5)
except TypeError as e:
    print("TypeError", e)
