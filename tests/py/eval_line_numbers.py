# eval's expression keeps the source's line numbers: line 1 for the first
# line, blank lines before it counted (CPython strips only spaces and tabs).
import sys

tests = ["eval('1/0')", "eval('(1,\\n 2/0)')", "eval('\\n\\n1/0')", "eval('  \\t1/0')",
         "eval('[1,\\n\\n [].pop()]')", "eval('(lambda: 1/0)()')"]
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(t, type(e).__name__, e, tb.tb_lineno, tb.tb_frame.f_code.co_filename if hasattr(tb, 'tb_frame') else '<string>')
print(eval("sys._getframe().f_lineno"), eval("(1,\n sys._getframe().f_lineno)"), eval("\n\nsys._getframe().f_lineno"))
