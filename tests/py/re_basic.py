# re: compile, match/search/fullmatch, groups, findall, finditer, sub, split.
import re

m = re.match(r"(\w+) (\w+)", "hello world again")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.start(2), m.end(2), m.span(1), m[1], m.lastindex)
print(re.match("x", "abc"), re.search("c", "abc"), re.fullmatch("a.c", "abc"))
print(re.fullmatch("a", "ab"), re.search("^b", "ab"), re.search("b$", "ab\n"))

m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "on 2024-05 ok")
print(m.groupdict(), m.group("year"), m["month"], m.groups(), m.groups("-"))
print(m.lastgroup, m.lastindex, m.re.groupindex, m.re.groups, m.string, m.pos, m.endpos)

print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.findall(r"(\w)=?", "a= b"))
print(re.findall(r"x*", "axxb"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")])

print(re.sub(r"\d", "#", "a1b22"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "hi yo"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b20 c300"))
print(re.sub("x*", "-", "abxd"))
print(re.subn("a", "b", "banana"), re.sub("a", "b", "banana", count=2))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace "))
print(re.sub("(a)|b", r"[\1]", "ab"))

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\b", "hi there"))
print(re.split("x*", "axbc"))

p = re.compile(r"[a-z]+", re.IGNORECASE)
print(p, p.pattern, p.flags == re.IGNORECASE | re.UNICODE, p.groups)
print(p.findall("Hello World 42"), p.match("ABC def").group(), p.search("12 xY").span())
print(p.match("  ab", 2), p.search("abc", 1, 2), p.fullmatch("abc", 0, 2))
print(re.compile("a.b", re.S).match("a\nb"), re.compile("a.b").match("a\nb"))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"\w$", "ab\ncd", re.MULTILINE))
print(re.compile(r"""
    (\d+)   # number
    \s*     # space
    ([a-z]) # unit
""", re.X).findall("10 m, 3s"))
print(re.search(r"(?i)HELLO", "say hello").group())
print(re.escape("a.b*c?"), re.escape("1+1=2"))
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<c>\w)(?P=c)", "xyzzy").span())
print(re.search(r"(?<=-)\w+", "spam-egg").group(), re.search(r"\w+(?=!)", "hey you!").group())
print(re.search(r"a{2,3}", "caaaat").group(), re.search(r"{x}", "a{x}").group(), re.search(r"a{,2}", "aaa").group())
print(re.match(r"[\]a-]+", "]-a]x").group(), re.match(r"[&~]+", "&~x").group())
print(re.match(r"\x41\u0042\t", "AB\t").group(), re.findall(r"[^\W\d]+", "ab1 c_d"))
print(re.match("é(.)", "éà!").group(1), re.search("à", "éàb").span(), re.sub("é", "e", "café é"))
print(re.findall(r"\d", "٣4", re.ASCII), re.findall(r"\d", "٣4"))

for bad in ["(", "[a", r"\q", "a**", "(?P<n>a)(?P=m)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error", isinstance(e, Exception))
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("error:", e)
print(bool(re.match("", "")), re.match("a", "a").expand(r"[\g<0>]"))
print(repr(re.compile("a", re.I | re.M)), re.compile("x") == re.compile("x"))
