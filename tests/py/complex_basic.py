import sys
print(1j, -0j, 0j, (1+2j), complex(float('nan'), float('inf')), 1j*float('inf'))
print(repr(complex(-0.0, 0.0)), complex(1e16, 1e-5), complex(-1, -2))
a = 3+4j
print(abs(a), a.conjugate(), a.real, a.imag, a * 2, a / 2, a / (1-1j), a - 1, 2 - a, -a, +a)
print(a ** 2, a ** -1, a ** 0.5, (1j) ** 2, 2 ** 1j, pow(a, 3))
print(a == 3+4j, a != 3+4j, complex(3) == 3, complex(3) == 3.0, 1j == 1, 2**53+1 == complex(2**53+1))
print(hash(1+0j) == hash(1), hash(3+4j), hash(-1+0j), hash(1j))
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" ( -j ) "), complex("1e3-2.5J"), complex(1j, 1j))
print(complex(real=1, imag=3), complex("nan+infj"), complex("3"))
print(sys.getsizeof(1j), type(1j), isinstance(1j, complex), bool(0j), bool(1j))
print({1j: 1, 1: 2}, {1+0j, 1, 1.0})
for bad in ["1+2", "j1", "", "(1+2j", "1 + 2j", "x"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
for f in [lambda: 1j // 1, lambda: 1j % 1, lambda: 1j < 2j, lambda: complex("1", 2), lambda: complex(1, "2"),
          lambda: complex([]), lambda: 1 / 0j, lambda: 0j ** -1, lambda: pow(1j, 2, 3), lambda: int(1j), lambda: float(1j),
          lambda: (1e200+1e200j) ** 2, lambda: abs(complex(1e308, 1e308)), lambda: ~1j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(abs(complex(float('inf'), float('nan'))), 1j.__getnewargs__(), complex.conjugate(2j))
x = 1.5 + 0.5j
x += 1
x *= 1j
print(x, sum([1j, 2j, 3]), str(2j), f"{1+1j}", [1j, -1j])
