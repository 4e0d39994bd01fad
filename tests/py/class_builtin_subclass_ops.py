# Operations on instances of list/dict/set subclasses behave like the base type.
S = str
class L(list): pass
class D(dict): pass
I = int
F = float
T = tuple
class St(set): pass
class E(Exception): pass
tests = [
    lambda: S("ab") + "c", lambda: S("ab")[0], lambda: len(S("abc")), lambda: S("x") * 3, lambda: "%s" % S("q"),
    lambda: L([1, 2]) + [3], lambda: L([3, 1]).sort(), lambda: L() == [], lambda: sorted(L([2, 1])),
    lambda: D(a=1)["a"], lambda: D()["missing"], lambda: I(5) + 1, lambda: I(5) // 0, lambda: F(1.5) * 2,
    lambda: T((1, 2))[1], lambda: hash(T((1,))), lambda: St([1]) | {2}, lambda: E("x").args,
    lambda: S("a").upper(), lambda: repr(S("a")), lambda: str(I(3)), lambda: repr(F(2.0)), lambda: {S("k"): 1}["k"],
    lambda: [1, 2][I(1)], lambda: "abc"[I(1)], lambda: range(I(3)), lambda: list(range(10))[::I(2)],
    lambda: I(2) ** I(100), lambda: divmod(I(7), 2), lambda: round(F(2.5)), lambda: int(S("12")), lambda: float(S("1.5")),
    lambda: bytes(L([1, 2])), lambda: b"ab"[I(0)], lambda: b"x" * I(2), lambda: set(S("aab")),
    lambda: S("a,b").split(","), lambda: ",".join(L(["a"])), lambda: dict(D(a=1)), lambda: {**D(b=2)},
    lambda: max(L([1, 5])), lambda: sum(T((1, 2))), lambda: list(reversed(L([1, 2]))), lambda: T() + (1,),
    lambda: tuple(T((1,))), lambda: sorted(St([3, 1])), lambda: len(D(a=1)), lambda: L([1]) * 2,
    lambda: "x" in D(x=1), lambda: 1 in L([1]), lambda: f"{S('a'):>3}", lambda: format(I(5), "03d"),
    lambda: I(3).bit_length(), lambda: F(0.5).as_integer_ratio(), lambda: D(a=1).items(), lambda: list(D(a=1)),
    lambda: L([1])[5], lambda: I("z"), lambda: -I(3), lambda: abs(F(-1)), lambda: bool(L()), lambda: hash(I(3)),
    lambda: S("a") < S("b"), lambda: L([1]) < L([2]), lambda: T((1,)) < (2,), lambda: I(1) < 2.5,
    lambda: type(S("a") + "b").__name__, lambda: type(I(1) + 1).__name__, 
    lambda: isinstance(S("a"), str), lambda: str.upper(S("ab")), lambda: list.append(L(), 1),
    lambda: D.fromkeys("ab"), lambda: [x for x in S("ab")], lambda: next(iter(T((1,)))),
    lambda: E("a") == E("a"), lambda: str(E("m")), lambda: repr(E("m", 2)),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, repr(r) if not isinstance(r, type) else r)
    except Exception as e:
        print(i, type(e).__name__, e)
