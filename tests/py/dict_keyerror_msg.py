d = {"a": 1}
for key in ["x", 5, (1, 2), 2.5, None, "it's"]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    d["missing"]
except LookupError as e:
    print(type(e).__name__, str(e))
