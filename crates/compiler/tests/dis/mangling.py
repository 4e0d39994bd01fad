class Foo:
    __slots = 1
    def __m(self):
        self.__x = 1
        return self.__x + __g
    def __dunder__(self):
        return self.__y__
class _:
    def f(self):
        return self.__z
