from abc import ABC, abstractmethod
class A(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def s(): ...
class B(A):
    @property
    def name(self): return "b"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def s(): return 1
print(sorted(A.__abstractmethods__))
print(B.__abstractmethods__)
print(B.make().name)
try:
    A()
except TypeError as e:
    print(e)
class C(ABC): pass
print(type(C()).__name__)
