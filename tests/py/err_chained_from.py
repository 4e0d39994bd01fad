def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("missing config " + k) from e
print("start")
load({}, "port")
