try:
    try:
        raise ValueError("first")
    except ValueError:
        {}["missing"]
except KeyError as e:
    print("KeyError from handler:", e)
    print("context:", repr(e.__context__))
def cleanup_fails():
    try:
        raise IndexError("body")
    finally:
        print("finally running")
try:
    cleanup_fails()
except IndexError as e:
    print("propagated:", e)
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as e:
            print("inner handled", e)
        print("still in outer handler")
        raise
except TypeError as e:
    print("re-raised outer", e)
