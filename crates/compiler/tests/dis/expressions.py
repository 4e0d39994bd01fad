a + b * c - d / e // f % g ** h
a << b >> c & d | e ^ f @ g
-a, +a, ~a, not a
a and b and c
a or b or c
a and (b or c)
x if cond else y
a < b
a < b <= c != d
a is b, a is not b, a in b, a not in b
o.attr.chain
s[1], s[1:2], s[::2], s[a:b:c], s[1:2, 3]
[1, 2, 3], [a, *b, c], (a, *b), {a, b}, {*a, 1}
{}, {'a': 1, 'b': 2}, {**m, 'k': v, **n}
f"plain", f"{x}", f"a{x}b{y!r}c{z:>10}", f"{x!s:{w}.{p}}"
b'bytes', 1.5, 2j, -2j, ..., 10**100
