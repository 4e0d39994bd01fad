for i in range(5):
    try:
        if i == 2:
            break
        print("loop", i)
    finally:
        print("finally", i)
print("after loop")
i = 0
while i < 4:
    i += 1
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("cleanup", i)
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                break
            print("handled", e)
        finally:
            print("fin", i)
    return "done"
print(f())
