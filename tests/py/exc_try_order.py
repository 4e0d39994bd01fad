def run(fail):
    try:
        print("try start")
        if fail:
            raise ValueError("boom")
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)
def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(f())
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError:
    print("outer caught")
