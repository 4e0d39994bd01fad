# str.count and str.replace with a one-character argument (searched as a
# char), split() on ASCII and Unicode whitespace, and format() of ints in
# every base with widths, signs, grouping and the alternate form.
texts = ["", "x", "axbxcx", "héllo wörld é", "日本語の日本", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1fh i\x85j\u3000k\xa0l", "xx" * 50]
for t in texts:
    print(repr(t), [t.count(c) for c in ["x", "é", "本", " ", "\t"]], t.count("x", 1, 4), t.count(""))
    print(repr(t.replace("x", "YY")), repr(t.replace("é", "e")), repr(t.replace("x", "", 2)), repr(t.replace("本", "")))
    print(t.split(), t.rsplit(None, 1), t.split(maxsplit=1), repr(t.strip()))
for v in [0, 5, -5, 255, -4096, 123456789, -987654321012, 2**63 - 1, -2**63]:
    print([format(v, f) for f in ["d", "5d", "+d", " d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", ",", "_", "_x", "08d", "=+12,", "^12", "<9x", "#012X"]])
print(f"{42:>6}|{-42:<6}|{255:#06x}|{7:03}|{1234567:,}")
