# Conditions compiled as jumps (CPython's compiler_jump_if): `and`, `or`
# and `not` inside if/while/assert/ternary/comprehension tests evaluate each
# operand once, left to right, call __bool__ once per test, and short-circuit.
log = []


class B:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        log.append(self.name)
        return self.value


def t(name, value):
    log.append("eval " + name)
    return B(name, value)


def run(label, f):
    del log[:]
    r = f()
    print(label, r, log)


for a in (False, True):
    for b in (False, True):
        for c in (False, True):
            run(f"if and/or {a:d}{b:d}{c:d}",
                lambda: "yes" if (t("a", a) and t("b", b)) or t("c", c) else "no")
            run(f"if not-and {a:d}{b:d}{c:d}",
                lambda: "yes" if not (t("a", a) and not t("b", b)) else "no")

            def stmt_if():
                if t("a", a) or (t("b", b) and not t("c", c)):
                    return 1
                elif not t("c", c) or t("a", a):
                    return 2
                else:
                    return 3
            run(f"stmt if {a:d}{b:d}{c:d}", stmt_if)
            run(f"comp {a:d}{b:d}{c:d}",
                lambda: [i for i in range(2) if t("a", a) or not t("b", b)])

n = 0
steps = []
while n < 5 and not (n == 3 or n > 10):
    steps.append(n)
    n += 1
print("while", steps, n)
i, j = 0, 10
while i < j and (i % 2 == 0 or j % 3):
    i += 1
    j -= 1
print("while2", i, j)
try:
    assert t("a", True) and t("b", False), "message"
except AssertionError as e:
    print("assert", e, log[-4:])
x = [1, 2, 3]
print("not in", [v for v in range(6) if not v in x and v], "is not", [v for v in x if not v is None])


class Bad:
    def __bool__(self):
        return 2


for src in ("if Bad() and True: pass", "if not Bad(): pass", "while Bad() or False: break",
            "assert Bad() and 1", "[v for v in (1,) if not Bad()]", "1 if Bad() or 0 else 2"):
    try:
        exec(src)
    except TypeError as e:
        print("TypeError", e)
print(1 if 0 or "" or [] else 2, 3 if 1 and "x" and [0] else 4, [k for k in range(4) if k and k - 1 or not k])
