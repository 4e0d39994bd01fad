# PEP 393 compact strs, as CPython 3.11 lays them out: an ASCII str is 48
# bytes and its text and NUL; any other is 72 bytes and (n + 1) * kind
# bytes of 1-, 2- or 4-byte characters (latin-1, BMP, astral). The UTF-8
# text the interpreter reads is a copy outside the Python heap, so it is
# in neither getsizeof nor the blocks.
import sys

for text in ["a" * 100, "\u00e9" * 100, "\u20ac" * 100, "\U0001F600" * 100,
             "\u00e9", "a\u20ac", "\u20ac" * 30, "\U0001F600" * 10]:
    print(len(text), sys.getsizeof(text))

# 300 strs of each kind, 100 characters long (cpython311's 16-byte
# classes; classic's 8-byte ones give the same three sizes but 274 -> 280):
#   latin-1: 72 + 101 = 173 bytes, 176-byte blocks     +300
#   BMP:     72 + 202 = 274 bytes, 288-byte blocks     +300
#   astral:  72 + 404 = 476 bytes, 480-byte blocks     +300
# 1,000 characters of each are raw blocks (1073, 2074 and 4076 bytes).
latin1 = ["\u00e9" * 100 for i in range(300)]
bmp = ["\u20ac" * 100 for i in range(300)]
astral = ["\U0001F600" * 100 for i in range(300)]
big = ["\u00e9" * 1000, "\u20ac" * 1000, "\U0001F600" * 1000]
print(len(latin1) + len(bmp) + len(astral), sum(len(s) for s in big))
# Made other ways, the same blocks (200 more of 288 bytes): slices,
# joins, f-strings, methods.
long = "\u20ac" * 200
more = [long[i:i + 100] for i in range(50)]
more += ["".join(["\u20ac" * 50, "\u20ac" * 50]) for i in range(50)]
more += [f"{'x' * 0}{long[:100]}" for i in range(50)]
more += [("\u20ac" * 100).upper() for i in range(50)]
print(len(more), {sys.getsizeof(s) for s in more})
# Decoded from UTF-8, text is made in room for one character per byte:
# 30 astral characters in 72 + 121 * 4 = 556 bytes, a raw block, which
# CPython shrinks with realloc and which stays raw (10 more raw blocks).
enc = ("\U0001F600" * 30).encode()
decoded = [enc.decode() for i in range(10)]
print(len(decoded), {sys.getsizeof(s) for s in decoded})
