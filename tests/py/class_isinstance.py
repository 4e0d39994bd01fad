class A: pass
class B(A): pass
class C(B): pass
class D: pass
c = C()
print(isinstance(c, C), isinstance(c, B), isinstance(c, A), isinstance(c, D), isinstance(c, object))
print(isinstance(c, (D, B)), isinstance(1, (str, int)), isinstance("s", (int, float)))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(bool, int))
print(type(c) is C, type(c) == B, type(c).__name__)
print(isinstance(True, int), isinstance(1.0, int), isinstance([], list), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(A, type), type(A).__name__)
