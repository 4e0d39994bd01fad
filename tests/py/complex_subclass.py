# complex.__new__ and subclasses of complex (construction, a __new__ calling
# super().__new__, arithmetic, attributes, a cycle through the instance).
print(complex.__new__(complex, 1, 2), complex.__new__(complex), complex.__new__(complex, '3-4j'))
class Z(complex):
    def __repr__(self): return 'Z' + super().__repr__()
z = Z(1, 2); print(z, type(z).__name__, z + 1, z.real, z.imag)
print(complex.__new__(Z, 5j), Z('1+1j'), Z(), isinstance(Z(1), complex))
class W(complex):
    def __new__(cls, a):
        return super().__new__(cls, a, a)
print(W(2), type(W(2)).__name__)
z.attr = 3; print(z.attr, vars(z))
print(abs(Z(3, 4)), Z(1, 1) * 2, -Z(1, 1), Z(1, 1) == complex(1, 1), hash(Z(2)) == hash(2), format(Z(1, 2), '.1f'))
class Q(complex): pass
q = Q(1, 2); q.self = q; del q
import gc; gc.collect()
