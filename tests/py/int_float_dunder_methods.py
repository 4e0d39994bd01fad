# Number dunders and methods called directly (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for e in ["(1.5).conjugate()", "(3).__trunc__()", "(3).__floor__()", "(3).__ceil__()",
          "(3.7).__floor__()", "(-3.7).__ceil__()", "(3.7).__trunc__()", "(3).__round__(-1)",
          "(25).__round__(-1)", "(3.76).__round__(1)", "(3.76).__round__()", "(7.5).__round__(None)",
          "(3).as_integer_ratio()", "(True).as_integer_ratio()", "(-7**30).as_integer_ratio()",
          "(3).__pow__(2, 5)", "(2).__rpow__(3, 5)", "(3.0).__pow__(2, 5)", "(3).__pow__(2.0)",
          "(3).__pow__(2, 5.0)", "(2.0).__rpow__(3)", "(3).__divmod__(2)", "(3.0).__divmod__(2)",
          "(3).__divmod__(0.5)", "(3).__rdivmod__(7)", "(3.5).__rdivmod__(8)", "(1).__divmod__(0)",
          "(3).__hash__() == hash(3)", "(2**80).__hash__() == hash(2**80)",
          "(1.5).__hash__() == hash(1.5)", "'ab'.__hash__() == hash('ab')",
          "b'ab'.__hash__() == hash(b'ab')", "(1, 'a').__hash__() == hash((1, 'a'))",
          "frozenset({1}).__hash__() == hash(frozenset({1}))",
          "(3).__format__('x')", "(3.5).__format__('.1f')", "'a'.__format__('>3')",
          "(3).__format__(5)", "float('nan').__floor__()", "float('inf').__ceil__()",
          "float('-inf').__trunc__()", "float('nan').__round__()", "(1e300).__round__(-300)",
          "(True).__floor__()", "(7).__round__(None)"]:
    print(e, end=' -> ')
    t(lambda: eval(e))


class I(int):
    def __hash__(self):
        return super().__hash__() + 1

    def __format__(self, spec):
        return 'I' + super().__format__(spec)


print(hash(I(5)), format(I(5), 'x'), f'{I(3):>4}')


class B(bytes):
    def __hash__(self):
        return super().__hash__() == hash(b'ab')


print(hash(B(b'ab')))


class F:
    def __format__(self, spec):
        return 1


t(lambda: format(F(), ''))
t(lambda: f'{F()}')
