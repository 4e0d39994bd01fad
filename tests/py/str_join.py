print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]), " ".join([]), "-".join("abc"))
print(", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print("->".join(("t", "u", "p")))
d = {"k1": 1, "k2": 2}
print("+".join(d))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
