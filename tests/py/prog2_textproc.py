import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""


def wrap(text, width):
    words = text.split()
    lines, cur = [], []
    length = 0
    for w in words:
        if cur and length + 1 + len(w) > width:
            lines.append(" ".join(cur))
            cur, length = [w], len(w)
        else:
            length += len(w) + (1 if cur else 0)
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


def caesar(s, k):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(table)


def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def main():
    for line in wrap(TEXT, 30):
        print("|" + justify(line, 30) + "|")
    print()
    for line in wrap(TEXT, 24)[:3]:
        print(f"[{line:^26}]", "[%-26s]" % line, "[%26s]" % line[:10])
    enc = caesar("Hello, World!", 3)
    print(enc, caesar(enc, 23))
    strip_punct = str.maketrans("", "", string.punctuation)
    words = TEXT.translate(strip_punct).lower().split()
    print(len(words), len(set(words)), max(words, key=len))
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for w, n in top:
        print("%-8s %3d %s" % (w, n, "*" * n))
    print(rle("aaabccddddde"), rle(""), rle("abc"))
    print("%5.1f%%" % 45.678, "%x %X %o %e %g %G" % (255, 255, 8, 12345.678, 0.00001234, 1e20))
    print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"), "%r" % "q")
    print("%+d %+d % d %05d %-5d|" % (5, -5, 5, 42, 42), "%.3s" % "abcdef", "%*d" % (6, 7))
    print(format(3.14159, ".2f"), format(1234567.891, ",.2f"), format(0.5, ".0%"), format(42, "08b"))
    print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^10}|")
    print(f"{1e-7:.3g} {123456789:.3e} {1.5:g} {100.0:g} {1e16:g} {float('inf'):f} {-0.0:+.1f}")
    print(f"{255:#x} {255:#o} {255:#b} {-255:x} {65:c} {3.0:.0f} {2.5:.0f} {1234.5:_.1f}")
    print("Title Case words".swapcase(), "hello world".title(), "ß".upper(), "ǅ".lower())
    print("  pad ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(" "), " a b ".split())
    print("line1\nline2\r\nline3".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
    print("abc".center(9, "-"), "42".zfill(5), "-42".zfill(5), "tab\there".expandtabs(4))
    print("Hello".startswith(("He", "x")), "file.tar.gz".endswith(".gz"), "abcabc".find("c", 3), "abc".rfind("z"))
    print("mississippi".count("ss"), "mississippi".replace("ss", "SS", 1), "-".join(reversed("abc")))
    print("isdigit", "123".isdigit(), "12a".isalnum(), "abc".isalpha(), "   ".isspace(), "Ab".istitle(), "x1".isidentifier())
    print(ascii("café"), repr("tab\t'q'"), repr('dq"'), "é".encode("utf-8"), b"caf\xc3\xa9".decode())
    table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
    print("+" + "-" * 10 + "+" + "-" * 8 + "+" + "-" * 5 + "+")
    for name, price, qty in table:
        print("|{:<10}|{:>8.2f}|{:>5d}|".format(name, price, qty))
    print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="n"), "{:{w}.{p}f}".format(3.14159, w=8, p=3))
    print("{!r:>8}".format("x"), "{0[1]} {1[k]}".format([9, 8], {"k": "v"}), "{{literal}}".format())


main()
