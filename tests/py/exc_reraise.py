def risky():
    raise RuntimeError("original")
try:
    try:
        risky()
    except RuntimeError:
        print("logging and re-raising")
        raise
except RuntimeError as e:
    print("outer got:", e)
try:
    try:
        risky()
    except RuntimeError as e:
        raise e
except Exception as e:
    print("re-raised same object:", type(e).__name__, e)
err = None
try:
    raise ValueError("saved")
except ValueError as e:
    err = e
try:
    raise err
except ValueError as e:
    print("raised saved:", e, e is err)
