# bytes % (PEP 461) and str % as CPython 3.11 parses them: the argument
# cursor of mapping keys, one h/l/L, the index of an unsupported character,
# %a through ascii(), * arguments beyond C ints, str % x before x.__rmod__,
# str and bytes subclasses. (Found by scripts/fuzz-diff.)
def t(s):
    try:
        print(repr(eval(s)))
    except Exception as e:
        print('!', type(e).__name__, e)
class C:
    def __rmod__(self, o): return 'rmod'
    def __repr__(self): return 'C!'
    def __bytes__(self): return b'BY'
class S(str): pass
class B(bytes): pass
class I:
    def __index__(self): return 66
class F:
    def __float__(self): return 2.5
class NB:
    def __bytes__(self): return 'no'
for s in ["'%x' % 3.5", "'a' % 5", "b'%s' % b'x'", "b'%d' % 3", "'%a' % 'é'", "'%(a)s %s' % {'a':1}", "'%s %(a)s' % {'a':1}",
          "b'%c' % 300", "b'%b' % 'x'", "b'%s' % 'x'", "b'%r' % 1", "b'%a' % 'é'", "'z %z' % 1", "'%hhd' % 1", "'%ld' % 5",
          "'%d' % float('nan')", "'%d' % float('inf')", "'%d' % 2.7", "'%*d' % (2**70, 1)", "'%.*f' % (-2**40, 1.0)",
          "'%s' % C()", "'%s' % (C(),)", "S('%s-') % 5", "B(b'%d') % 5", "b'%b|%s' % (C(), bytearray(b'q'))", "b'%b' % NB()",
          "b'%c%c%c' % (65, b'B', bytearray(b'C'))", "b'%c' % b'ab'", "b'%c' % -1", "b'%5c|%-3c|' % (65, 66)", "b'%i' % 'x'",
          "b'%x' % 2.5", "b'%f' % 'x'", "b'%f' % F()", "'%f' % F()", "'%x %o %c' % (I(), I(), I())", "b'%x %c' % (I(), I())",
          "b'%.2s|%5.1a|%-6r|' % (b'abc', 'x', b'y')", "bytearray(b'%d-%s') % (1, b'x')", "b'%(a)s' % {b'a': b'v'}",
          "b'%(a)s' % {'a': b'v'}", "b'%\\xff' % 1", "'%\\xe9' % 1", "'%' % ()", "'%(a' % {'a': 1}", "'%(a)' % {'a': 1}",
          "'%*' % (5,)", "'%.' % 1", "'%5.2%' % ()", "'%s' % b'x'", "'%(0)s' % [1]", "b'%s' % [b'x']", "b'%%%d' % 3",
          "'%c' % 1.5", "'%c' % 'ab'", "'%c' % 0x110000", "'%c' % (-1)", "'%#x|%#o|%+d|% d|%05.1f' % (255, 8, 3, 4, -2.25)",
          "b'%#x|%#o|%+d|% d|%05.1f|%e|%g' % (255, 8, 3, 4, -2.25, 1e10, 1e-5)", "b'%d %d' % (1,)", "b'%d' % (1, 2)",
          "b'' % ()", "b'' % 5", "b'x' % {}", "'x' % {}", "'x' % []", "b'x' % []", "'%s' % {}", "'%d' % True", "b'%d' % True",
          "'%.2147483648f' % 1", "b'%.2147483648f' % 1", "'%s' % ()"]:
    print(s); t(s)
for f, a in [(b'%\xff', 1), (b'%h\xff', 1), (b'%5\xff', 1), (b'%.1\xff', 1), (b'%+\xff', 1), (b'%+05.10h\xff', 1), (b'%\xff', ()), (b'%(a)\xff', {b'a': 1}), (b'%*\xff', (1, 2)), (b'%1\xff', 1)]:
    try:
        print(f % a)
    except Exception as e:
        print(f, type(e).__name__, repr(e))
