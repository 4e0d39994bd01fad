# Blocks taken by 2,000 non-ASCII strs of each length, made one way:
# `str_probe.py SCRIPT HOW` prints two sys._debugmallocstats() reports
# (before and after making them) for each length in LENGTHS, in order.
# SCRIPT is latin1, bmp2 (2-byte UTF-8), bmp (3-byte UTF-8) or astral; HOW is how each str is made.
import sys

# A lowercase character (upper() changes it, within its kind) and another
# of the same kind (what replace() puts in), and one of the next kind up
# (which a slice leaves out, so the result is of the narrower kind).
CHARS = {
    "latin1": ("\u00e9", "\u00e8", "\u20ac"),
    "bmp2": ("\u0101", "\u0103", "\U0001F600"),
    "bmp": ("\u1e01", "\u1e03", "\U0001F600"),
    "astral": ("\U00010428", "\U00010429", "\U00010429"),
}
LENGTHS = (1, 10, 30, 100, 1000)


class Str(str):
    pass


def makers(c, d, wider, n):
    half = c * (n // 2)
    rest = c * (n - n // 2)
    src = c * n
    big = c * (n + 10)
    enc = src.encode("utf-8")
    mixed = src + wider
    return {
        "repeat": lambda i: c * n,
        "concat": lambda i: half + rest,
        "join": lambda i: "".join((half, rest)),
        "slice": lambda i: big[i % 7 : i % 7 + n],
        "narrow": lambda i: mixed[:n],
        "upper": lambda i: src.upper(),
        "replace": lambda i: src.replace(c, d),
        "fstring": lambda i: f"{half}{rest}",
        "decode": lambda i: enc.decode("utf-8"),
        "subclass": lambda i: Str(src),
    }


script, how = sys.argv[1], sys.argv[2]
c, d, wider = CHARS[script]
for n in LENGTHS:
    make = makers(c, d, wider, n)[how]
    warm = [make(i) for i in range(100)]
    keep = []
    sys._debugmallocstats()
    keep = [make(i) for i in range(2000)]
    sys._debugmallocstats()
    keep = warm = None
