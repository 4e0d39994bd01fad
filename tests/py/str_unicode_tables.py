# str predicates, case mappings and repr follow CPython 3.11's Unicode 14.0
# tables, not Rust's char methods (a newer Unicode, other definitions).
samples = ['\u0378', '\u00ad', '\U0001fae0', '\u2028', 'ab\u200bc', '\U000e0001',
           '\U0010ffff', '\u0890', '\U0001f979', '\x1c', '\u3000', 'é', 'ǅ', 'ǆ',
           'Ⅻ', '½', '²', '٣', '\u0345', 'ᾳ', 'ß', 'ﬁ', 'İ', '\u1e9e', 'ŉ', 'ΐ',
           '\u00b5', '\u02b0', '\U0001d7ce', '\u0f33', '\u2160']
for s in samples:
    print(repr(s), ascii(s), s.isprintable(), s.isalpha(), s.isdigit(), s.isdecimal(),
          s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isidentifier())
    print(' ', ascii(s.upper()), ascii(s.lower()), ascii(s.title()),
          ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.casefold()))
print("ǆxx ǅa ﬁne ßtraße o'neil".title())
print("ǆxx".capitalize(), "ﬁne".capitalize())
# The final-sigma rule of lower(), with case-ignorable characters skipped.
for s in ['ΑΣ', 'Σ', 'ΑΣ Σ ΑΣ.Β', "ΑΣ'Β", 'ΑΣ\u0345', 'Α\u0345Σ', 'ΑΣ1', 'ΑΣΑ']:
    print(ascii(s.lower()), ascii(s.swapcase()), ascii(s.title()))
# split() and strip() skip CPython's whitespace (including \x1c..\x1f).
print("a\x1cb\x1dc\x1e d\x1fe\u2000f\x85g".split(), repr(" \x1c x \x85".strip()))
print('a\x1cb'.rsplit(maxsplit=1))
# A sample of code points across planes 0-1 and 14: counts agree with
# CPython's tables.
n = 0
printable = 0
for c in list(range(0, 0x20000, 5)) + list(range(0xe0000, 0xe0200)):
    if 0xd800 <= c < 0xe000:
        continue
    ch = chr(c)
    printable += ch.isprintable()
    n += (ch.isalpha() + 2 * ch.isnumeric() + 3 * ch.isdigit() + 5 * ch.isdecimal()
          + 7 * ch.isidentifier() + 11 * ch.isspace() + 13 * ch.istitle()
          + 17 * ch.islower() + 19 * ch.isupper()
          + len(ch.upper()) + len(ch.lower()) + len(ch.title()) + len(ch.casefold()))
print(printable, n)
print(len(repr(''.join(chr(c) for c in range(0x3000)))))
