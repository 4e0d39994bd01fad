# complex: __format__ (CPython's format_complex_internal), complex(x, -0.0) keeps
# the sign, a negative float to a fractional power is complex; parsing, ** and
# the operators' errors.
print(complex(-0.0, -0.0), complex(0.0,-0.0), format(1j, 'g'), format(1+2j, '.2f'), format(1.5-2j, '>20'), format(3j, ''))
print(complex('1+2j'), complex(' (1-2j) '), repr(complex(float('nan'), float('inf'))))
for x in ["(1j)**2", "1j**-1", "(1e300+1e300j)**2", "0j**0", "0j**-1", "(-8)**(1/3)", "complex(1,2)**0.5", "abs(3+4j)", "(1+2j)/(0j)", "divmod(1j, 1)", "1j//1", "1j%1", "round(1j)", "int(1j)", "float(1j)", "1j < 2j", "hash(1j) == hash(complex(0,1))", "complex('1+')", "complex(1j, 1j)", "complex('1', 2)", "(2+3j).conjugate()", "pow(1j, 2, 3)"]:
    try:
        print(x, '=', eval(x))
    except Exception as e: print(x, '!', type(e).__name__, e)
for spec in ['', 'g', '.3g', '>30', '<30.2f', '^20e', '+', ' ', 'e', 'E', 'G', 'n', '%', 'd', 'x', '010', '0>20', '=20', '#g', '_', ',.2f', 's', '.0f', '-.1f', 'z']:
    for z in [1j, 1+2j, -1.5-0j, complex(0.0, -0.0), complex(float('inf'), float('nan')), 1e20+1e-20j, complex(-0.0, 3)]:
        try:
            r = format(z, spec)
        except Exception as e:
            r = f'! {type(e).__name__} {e}'
        print(repr(spec), repr(z), r)
for s in ['1j', '-1j', '1+j', 'j', '(1+1j)', '1e3-2.5e-3J', ' 1 ', 'inf+nanj', '-infj', '1_0j', '(1)', '()', '1+2', '1+2jj', '+1.5', 'nanj', '0x1j']:
    try:
        print(repr(s), complex(s))
    except Exception as e:
        print(repr(s), '!', type(e).__name__, e)
for a, b in [(1.0, 2.0), (1j, 0), (1j, 1j), (-0.0, -0.0), (0.0, -0.0), (-0.0, 0.0), (1, -0.0), (1j, -0.0), ('1', None)]:
    try:
        print(a, b, complex(a, b) if b is not None else complex(a))
    except Exception as e:
        print('!', type(e).__name__, e)
print(complex(), complex(True), complex(False, True), repr(-(0j)), repr(-0j), -(1+0j), 0j.real, (-0j).imag)
print(repr(complex(-0.0, 0.0)), repr(complex(0.0, 0.0) * -1), repr(1j * 1j), repr((1+1j) ** 2))
for e in ["(1+2j) ** 0", "(0j) ** 0j", "0j ** (1+1j)", "(1e200j) ** 2", "(1+1j) ** 1000", "(1+1j) ** -1000", "2 ** (1j)", "(-1) ** 0.5", "(1j) ** 3", "(1j) ** -3", "(2+0j) ** 10", "complex(float('inf'), 0) ** 2", "(1+1j) ** 1e300", "(-8+0j) ** (1/3)", "1j ** 2.5", "abs(complex(float('inf'), float('nan')))", "abs(1e308+1e308j)", "(1e308+1e308j) / (1e-308+1e-308j)", "1 / (0.0+0j)", "(1+2j) == (1+2j), (1+0j) == 1, 1j != 1j", "hash(1+0j) == hash(1)"]:
    try:
        print(e, '=', eval(e))
    except Exception as ex:
        print(e, '!', type(ex).__name__, ex)
