# The errors= argument of str.encode and bytes.decode: strict, ignore,
# replace, xmlcharrefreplace, backslashreplace; unknown handlers.
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except (UnicodeError, LookupError, TypeError) as e:
        print(src, "!!", type(e).__name__, e)


for s in [
    "'é'.encode('ascii', 'ignore')", "'éx€😀'.encode('ascii', errors='replace')",
    "'é€'.encode('ascii', 'xmlcharrefreplace')", "'é€😀'.encode('ascii', 'backslashreplace')",
    "'é€'.encode('latin-1', 'replace')", "'é'.encode('ascii')", "'é'.encode('ascii', 'bogus')",
    "'e'.encode('ascii', 'bogus')", "'é'.encode('utf-8', 'ignore')", "'a'.encode(errors=3)",
    "b'\\xff'.decode('utf-8', 'replace')", "b'a\\xffb\\xc3'.decode('utf-8', 'ignore')",
    "b'\\xe2\\x82x\\xf0\\x9f'.decode('utf-8', 'replace')", "b'\\xffa'.decode('ascii', 'ignore')",
    "b'\\xffa\\x80'.decode('ascii', 'replace')", "b'\\xff\\xfe'.decode('utf-8', 'backslashreplace')",
    "b'\\xff'.decode('utf-8', 'bogus')", "b'ok'.decode('utf-8', 'bogus')", "b'\\xff'.decode()",
]:
    t(s)
