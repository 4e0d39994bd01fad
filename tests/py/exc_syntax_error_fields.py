# SyntaxError carries msg, filename, lineno, offset, text, end_lineno,
# end_offset; str() is "msg (file, line N)".
for src in ["f(1, 2", "x = [1, 2", "print('x'", "x = = 2", "if x\n  pass", "a = 1\nb = (2 +\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(src))
        print("  ", e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.filename)
        print("  ", str(e))
e = SyntaxError("m", ("/a/b/f.py", 3, 4, "xx\n", 3, 5))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e = SyntaxError("only")
print(e, e.msg, e.lineno, e.filename)
print(SyntaxError(), SyntaxError().msg)
