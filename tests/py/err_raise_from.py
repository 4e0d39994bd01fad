def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ValueError(f"no such setting: {key}") from e
print(load("a"))
load("b")
