print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(True) == hash(1))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(-1) == hash(-1.0), hash(0.5) == hash(0.5))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(42), hash(-42), hash(0), hash(True), hash(10 ** 3))
print(type(hash("x")).__name__, hash(None) == hash(None))
for bad in [[], {}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
