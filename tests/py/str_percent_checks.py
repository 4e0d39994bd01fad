# %-formatting checks its arguments as CPython does.
class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


def t(src):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


for s in [
    "'%x' % 3.5", "'a' % 5", "'a' % (5,)", "'a' % [5]", "'a' % {}", "'%s' % {'a': 1}",
    "'%(a)s' % 5", "'%(a)s' % {'a': 1}", "'%f' % F()", "'%d' % F()", "'%x' % I()",
    "'%d' % I()", "'%c' % 65", "'%c' % 'ab'", "'%c' % 0x110000", "'%c' % 1.5", "'%d' % 'x'",
    "'%f' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%d' % 3.9", "'%o' % True",
    "'%e' % I()", "'%s' % ()", "'%%' % ()", "'%c' % I()", "'%X' % 'a'", "'%5.1f|%-4d|' % (F(), 3)",
]:
    t(s)
