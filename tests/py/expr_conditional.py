for n in [-2, 0, 3]:
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
def side(s):
    print("evaluated", s)
    return s
print(side("a") if True else side("b"))
print((lambda n: "big" if n > 100 else "small")(500))
