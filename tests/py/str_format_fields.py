# str.format / str.format_map as CPython's unicode_format.h parses them: all-digit
# indexes only ('{0[-1]}' is a str key), Single '{', conversions, nested specs,
# numbering switches, format_map with __missing__ and non-mappings.
# (Found by scripts/fuzz-diff.)
def t(s):
    try:
        print(repr(eval(s)))
    except Exception as e:
        print('!', type(e).__name__, e)
class M(dict):
    def __missing__(self, k): return '<' + k + '>'
class A:
    x = 5
    def __format__(self, spec): return 'A:' + spec
for s in ["'{x[0]}-{x[-1]}'.format(x=['-4.5'])", "'{'.format()", "'}'.format()", "'{:}}'.format(1)", "'{!x}'.format(1)",
          "'{0!}'.format(1)", "'{0:{1:{2}}}'.format(1, 2, 3)", "'{a.b.c}'.format(a=1)", "'{0[}'.format([1])", "'{0]}'.format([1])",
          "'{ 0 }'.format(1)", "'{0[0]:>{1}}'.format('ab', 4)", "'{{}}{{{}}}'.format(7)", "'{-1}'.format(1)", "'{0[-1]}'.format([1, 2])",
          "'{0[1:2]}'.format('abc')", "'{0.__class__.__name__}'.format(1)", "'{a}+{b}'.format_map({'a': 1, 'b': 2})",
          "'{a}+{b}'.format_map({'a': 1})", "'{a}'.format_map([])", "'{a} {b}'.format_map(M(a=1))", "'{}'.format_map({})",
          "'{0}'.format_map({})", "'{} {}'.format(1)", "'{0} {}'.format(1, 2)", "'{} {1}'.format(1, 2)", "'{x.x:^9}'.format(x=A())",
          "'{:abc}'.format(A())", "'{0.}'.format(1)", "'{0[]}'.format([1])", "'{0[0]x}'.format([1])", "'{0!r:>{1}}'.format('a', 5)",
          "'{0:{}}'.format(1, 2)", "'{:{}}'.format(1, 5)", "'{:{}}{}'.format(1, 5, 'z')", "'{0:{0}}'.format(3)", "'{!r}'.format()",
          "'{0!rr}'.format(1)", "'{0!r'.format(1)", "'{0:'.format(1)", "'{0:{'.format(1)", "'{0:{}'.format(1)", "'{\\u0661}'.format(5, 6)",
          "'{99999999999999999999}'.format(1)", "'{0[99999999999999999999]}'.format([1])", "'{0[a]}'.format({'a': 1})",
          "'{0[0]}'.format({0: 'z'})", "'{0[1]}'.format({'1': 'z'})", "'{!\\xe9}'.format(1)", "'{}{{'.format(1)", "'a}}b{{c'.format()",
          "'{0.real.imag}'.format(3)", "'{0:{1}.{2}f}'.format(3.14159, 8, 2)", "'{:{}{}}'.format(1, '>', 4)"]:
    print(s); t(s)
