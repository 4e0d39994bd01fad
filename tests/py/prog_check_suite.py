results = []
def check(name, got, expected):
    ok = got == expected
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}: {name}" + ("" if ok else f" (got {got!r}, expected {expected!r})"))

def raises(exc, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        return str(e)
    except Exception as e:
        return f"wrong exception {type(e).__name__}"
    return None

def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

def kmp(text, pat):
    fail = [0] * len(pat)
    k = 0
    for i in range(1, len(pat)):
        while k and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k
    res, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = fail[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            res.append(i - k + 1)
            k = fail[k - 1]
    return res

def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)

def longest_pal(s):
    best = ""
    for c in range(len(s)):
        for l, r in ((c, c), (c, c + 1)):
            while l >= 0 and r < len(s) and s[l] == s[r]:
                l -= 1; r += 1
            if r - l - 1 > len(best):
                best = s[l + 1:r]
    return best

def caesar(s, k):
    return "".join(chr((ord(c) - b + k) % 26 + b) if c.isalpha() else c
                   for c in s for b in [ord("A") if c.isupper() else ord("a")])

def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        q, n = divmod(n, v)
        out += s * q
    return out

check("rle", rle("aaabccddddd"), "3a1b2c5d")
check("unrle", unrle("3a1b12c"), "aaab" + "c" * 12)
check("roundtrip", unrle(rle("xxyzzz")), "xxyzzz")
check("kmp", kmp("abababcabab", "abab"), [0, 2, 7])
check("kmp none", kmp("aaaa", "b"), [])
check("palindrome", [is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", ""]], [True, False, True])
check("anagrams", anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]), [["ate", "eat", "tea"], ["nat", "tan"]])
check("longest pal", longest_pal("forgeeksskeegfor"), "geeksskeeg")
check("caesar", caesar("Hello, World!", 3), "Khoor, Zruog!")
check("caesar inv", caesar(caesar("abcXYZ", 5), -5), "abcXYZ")
check("roman", [roman(n) for n in (1994, 2024, 3999, 4)], ["MCMXCIV", "MMXXIV", "MMMCMXCIX", "IV"])
check("zerodiv", raises(ZeroDivisionError, lambda: 1 // 0), "integer division or modulo by zero")
check("keyerr", raises(KeyError, lambda: {}["x"]), "'x'")
check("no raise", raises(ValueError, int, "5"), None)
check("wrong", raises(KeyError, int, "z"), "wrong exception ValueError")
check("deliberate fail", sorted("hello"), list("ehllo"))
check("str methods", ("  Hi  ".strip().lower(), "a,b,,c".split(","), "x".join("abc")), ("hi", ["a", "b", "", "c"], "axbxc"))
check("title", "hello wORLD foo-bar".title(), "Hello World Foo-Bar")
check("count", ("banana".count("an"), "banana".find("na", 3), "banana".rfind("a")), (2, 4, 5))
check("partition", "k=v=w".partition("="), ("k", "=", "v=w"))
check("fmt", f"{'x':>3}{1:03}{2.5:6.2f}", "  x001  2.50")
passed = sum(results)
print(f"{passed}/{len(results)} passed, {len(results) - passed} failed")
if passed != len(results):
    raise SystemExit(1)
