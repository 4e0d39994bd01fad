1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
-2 ** 2
2 ** -1
2 ** 3 ** 2
~a & b | c ^ d << 1 >> 2
not a and b or c and not d
a < b <= c == d != e > f >= g
a in b not in c is d is not e
x if y else z if w else v
lambda: 0
lambda x, y=1, *args, z, w=2, **kw: x + y
lambda a, /, b: a
(y := 10)
[y := 1, 2]
f(a, *b, c=1, **d)
f(x for x in y)
f((x for x in y), 1)
a.b.c.d
a[1]
a[1:2, ::3]
a[:]
a[1:2:3]
a[::]
a[*b]
a[x := 1]
()
(1,)
(1, 2)
(*a, b)
[]
[1, *a]
{}
{1: 2, **d, 3: 4}
{1, *s}
[x * y for x in a if x for y in b if y if x > y]
{x for x in a}
{k: v for k, v in items}
(x for x in a)
None, True, False, ...
0x_ff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890
1. + .5 + 1e-3 + 1_000.5 + 2j + 1.5J + 3e2j
'single' "double" '''triple''' """triple2"""
r'\n' + b'\x00\n' + rb'\d' + BR"x" + u'u'
"\t\\\'\"\x41\u00e9\U0001F600\101\q"
f"a{x}b{y!r}c{z:>10}d{w!s:{width}.{prec}}e{{}}"
f"{x=}" f"{x = !s}" f"{x=:>3}"
"abc" f"{1 + 2}" 'def'
f''
f'{a["k"]}' F"{f'{1}'}"
await_ = yield_ = 1
