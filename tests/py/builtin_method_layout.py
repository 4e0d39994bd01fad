# Built-in functions and bound built-in methods are CPython 3.11's
# PyCFunctionObject (72 bytes): the method def is shared static data.
import sys
print(sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof(dict.fromkeys), sys.getsizeof(int.__new__))
print(len, [].append.__name__, dict.fromkeys.__qualname__, [].append.__self__)
