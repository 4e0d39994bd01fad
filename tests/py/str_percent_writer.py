# str % built into one buffer: word-sized ints in every integer conversion
# with flags, widths and precisions (signs, 0x/0o prefixes, zero padding,
# the extremes of a machine word and past it), strs with non-ASCII text
# cut by a precision and padded by a width, a non-ASCII format string and
# mapping keys, %c, and bools and int subclasses.
vals = [0, 1, -1, 7, -7, 255, -255, 4096, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 5]
fmts = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+06d", "%.3d", "%8.4d", "%-+8.3d|",
        "%x", "%X", "%#x", "%#X", "%#o", "%o", "%08x", "%#08x", "%-#8X|", "%#.5o", "% #x", "%+#X"]
for f in fmts:
    print(f, " ".join(f % v for v in vals))


class MyInt(int):
    def __index__(self):
        return 99


print("%d %x %5.2d" % (True, False, MyInt(3)))
texts = ["", "a", "héllo", "日本語テキスト", "é€😀x"]
for f in ["%s", "%5s|", "%-7s|", "%.2s|", "%7.3s|", "%-6.1s|", "%r", "%8r|", "%.4r|", "%a", "%.5a|"]:
    print(f, [f % t for t in texts])
print("é%sü %d€ %5.1f😀 %%" % ("ñ", 42, 3.14159))
print("%(ключ)s-%(k)05d" % {"ключ": "v", "k": 12})
print("%c%c%c|%3c|%-3c|" % (65, "é", 0x1F600, "x", 66))
print("%s %s %s" % (None, [1, "a"], (2.5,)))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 2.71828))
print("%5.1f%%|%e|%G|%#g" % (99.44, 12345.678, 1e-7, 2.0))
