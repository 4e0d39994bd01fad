d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[2.5] = "float"
d[-7] = "neg"
d[10 ** 30] = "big"
d[(1, (2, "x"))] = "nested"
print(d)
print(d[1], d["1"], d[(1,)], d[None], d[2.5], d[-7], d[10 ** 30], d[1, (2, "x")])
print(len(d))
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 0
except TypeError as e:
    print("TypeError:", e)
