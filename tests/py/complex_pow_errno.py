# complex ** with infinities, nans, zeros and overflow: CPython's _Py_c_pow with
# the C library's errno (EDOM from cos/sin of an infinite phase, ERANGE)
# and Py_ADJUST_ERANGE2. (Found by scripts/fuzz-diff.)
inf, nan = float('inf'), float('nan')
vals = [0j, 1j, 2+0j, -1.5+2j, complex(0, inf), complex(inf, 0), complex(-inf, 1), complex(nan, 1), complex(1e300, 1e300), 1e-300j, complex(1.5, -2), -8+0j, complex(0, -inf)]
exps = [0j, 2+0j, -1+0j, 0.5+0j, 1.5-2j, complex(0, inf), complex(inf, 0), complex(-inf, 0), complex(nan, 0), 1e10+0j, -1e10+0j, 300+0j, 101+0j, 3j, complex(1e300, 1)]
for a in vals:
    for b in exps:
        try:
            r = repr(a ** b)
        except Exception as e:
            r = f'! {type(e).__name__} {e}'
        print(repr(a), repr(b), r)
