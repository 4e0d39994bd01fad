none_value = None
five = 5
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + "a",
    lambda: 1 - "a",
    lambda: "a" * 2.0,
    lambda: None + 1,
    lambda: -"a",
    lambda: 1 < "a",
    lambda: [] < 1,
    lambda: len(5),
    lambda: undefined_thing,
    lambda: int("3.5"),
    lambda: float("x"),
    lambda: [1, 2][5],
    lambda: (1, 2)[5],
    lambda: "ab"[5],
    lambda: {"a": 1}["b"],
    lambda: None.foo,
    lambda: (1).foo,
    lambda: none_value(),
    lambda: five[0],
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: int(None),
    lambda: chr("a"),
    lambda: hash([]),
    lambda: {}[[]],
    lambda: ord(""),
    lambda: [].index(1),
    lambda: "abc".index("z"),
    lambda: max([]),
    lambda: sum(["a"]),
    lambda: abs("x"),
    lambda: range("a"),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
