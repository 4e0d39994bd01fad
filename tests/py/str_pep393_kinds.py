# Non-ASCII strs in their PEP 393 kinds (1, 2 or 4 bytes per character):
# sizes, indexing and slicing, in-place concatenation across kinds,
# subclass instances, and the operands CPython hands back unchanged.
import sys

E, EURO, SMILE = "\u00e9", "\u20ac", "\U0001F600"
for s in [E, EURO, SMILE, E * 30, EURO * 30, SMILE * 30, "a" + E, "a" + EURO,
          E + SMILE, (EURO * 10)[3:7], (SMILE + E * 5)[1:], (E + EURO)[:1],
          "".join([E, "x", EURO]), f"{E}{SMILE}", (E * 40).upper(),
          (EURO * 3).replace(EURO, E), (SMILE * 4).encode().decode()]:
    print(len(s), sys.getsizeof(s), ascii(s))

# Indexing and slicing read the characters of each kind.
text = "a" + E + EURO + SMILE + "z" + E * 3 + EURO + SMILE * 2
for i in range(-len(text), len(text)):
    print(i, ascii(text[i]), end="; ")
print()
for sl in [slice(None, None, -1), slice(1, None, 2), slice(-3, None), slice(2, 6),
           slice(None, None, 3), slice(5, 1, -1), slice(3, 4), slice(100, 200)]:
    part = text[sl]
    print(sl, ascii(part), len(part), sys.getsizeof(part))

# s += t in a loop, kinds mixed: the result is the characters in order.
s = E
for t in ["a", E, "b", EURO, "c", SMILE, "d", E]:
    s += t
    print(ascii(s), len(s), sys.getsizeof(s))
s = EURO * 5
for i in range(20):
    s += "x"
print(ascii(s[-3:]), len(s), sys.getsizeof(s))

# A subclass's instance holds the same characters.
class S(str):
    pass

for v in [S(E * 3), S(EURO + "a"), S(SMILE * 2), S("ascii")]:
    print(type(v).__name__, ascii(v), len(v), v[1], ascii(v[::-1]), v.upper() == str.upper(v),
          sys.getsizeof(v) - sys.getsizeof(S("")))
    print(ascii(v + E), ascii(E + v), hash(v) == hash(str(v)), v == str(v))

# CPython returns the operand itself: "" + s, s + "", s[:], an unchanged strip.
for s in [E * 3, "abc", EURO, SMILE * 2]:
    empty = ""
    print(ascii(s), (empty + s) is s, (s + empty) is s, s[:] is s, s[0:len(s)] is s,
          s.strip() is s, (s * 1) is s)
x = S(E)
print(type(x[:]).__name__, type("" + x).__name__, type(x + "").__name__)

# Text and its encodings round-trip in every kind.
for s in [E * 3 + "a", EURO + E, SMILE + EURO + E + "q"]:
    for enc in ["utf-8", "utf-16", "utf-32"]:
        print(enc, s.encode(enc).decode(enc) == s, len(s.encode(enc)))
    print(ascii(s.encode("utf-8", "strict").decode()), s.find(E), s.count(E), s.split(E))
