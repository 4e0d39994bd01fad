class B(bytes): pass
class S(str): pass
class F(float): pass
class T(tuple): pass
print(type(bytes(B(b"a"))).__name__, type(str(S("a"))).__name__, type(float(F(1.0))).__name__, type(tuple(T())).__name__)
print(type(S("ab").upper()).__name__, type(S("a") * 2).__name__, type(T((1,))[:]).__name__, type(F(2.0) + 1).__name__)
