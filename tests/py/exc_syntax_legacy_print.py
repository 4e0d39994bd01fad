# `print x` / `exec x` written the Python 2 way, wherever an expression may
# stand, is CPython's "Missing parentheses" SyntaxError with its exact span;
# after a decorator, `print` itself is the invalid token. None may crash.
SOURCES = [
    "@dec\nprint 1\n",
    "@dec\nexec 1\n",
    "match x:\n    case 1: print 1\n",
    "match x:\n    case 1:\n        print 1\n",
    "match x:\nprint 1\n",
    "if x: print 1\n",
    "x = print 1\n",
    "def f(): print 1, 2\n",
    "foo(print 1)\n",
    "print 1 +\n",
    "y = 2; print 'a'\n",
    "print 'a' % (1, 2)\n",
    "print f(x)[1]\n",
    "exec 'x'\n",
    "print 1; x = 2\n",
]

for src in SOURCES:
    try:
        exec(src, {"x": 1, "dec": None, "foo": print, "f": len})
        print("ran", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e)

try:
    exec("@dec\nprint 1\n")
except SyntaxError as e:
    print("exec:", e)
