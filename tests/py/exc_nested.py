def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except TypeError:
        print("wrong handler")
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught:", e)
        return "handled"
print(level1())
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner")
            raise IndexError("second")
    except IndexError as e:
        print("middle", e)
        raise KeyError("third")
except KeyError as e:
    print("outer", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
