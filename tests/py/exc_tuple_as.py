def trial(x):
    try:
        if x == 0:
            raise KeyError("key")
        if x == 1:
            raise IndexError("idx")
        if x == 2:
            raise TypeError("typ")
        return "ok"
    except (KeyError, IndexError) as e:
        return "lookup-ish: " + type(e).__name__ + " " + str(e)
    except (TypeError, ValueError) as e:
        return "type/value: " + repr(e)
for i in range(4):
    print(trial(i))
try:
    raise ValueError("v")
except (ArithmeticError, LookupError):
    print("no")
except (ValueError,):
    print("single-element tuple")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
