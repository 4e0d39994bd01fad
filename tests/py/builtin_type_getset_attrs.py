# Class-level attributes of built-in types are getset descriptors.
print(hasattr(int, 'real'), int.real, float.imag, int.numerator, int.denominator, float.real)
print(getattr(int, 'numerator', None), type(int.real).__name__, bool.real)
print((5).real, (5).imag, (2**70).numerator, True.real, (2.5).real, (2.5).imag)
class I(int): pass
print(I(7).real, I(7).denominator, int.real.__get__ if False else 0)
print('real' in dir(int), 'imag' in dir(float))
try:
    (5).real = 3
except AttributeError as e:
    print(e)
