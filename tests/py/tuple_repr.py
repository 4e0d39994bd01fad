print((1,), (), (1, 2), ((1,),), (1, (2, (3,))), ("a",), (None,))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
t = (1, "two", 3.0, [4], {5: 6})
print(t, str(t), repr(t))
print(len(t), t[1], t[-1], t[1:3], t[::-1])
s = 5,
print(s, type(s).__name__)
