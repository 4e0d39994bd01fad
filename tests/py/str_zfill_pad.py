print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("[" + "hi".center(6) + "]", "[" + "hi".center(7) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5) + "]", "[" + "hi".ljust(5, ".") + "]")
print("[" + "toolong".center(3) + "]", "[" + "x".rjust(0) + "]")
for w in ["a", "bb", "ccc"]:
    print("|" + w.ljust(4) + "|" + w.rjust(4) + "|" + w.center(5, "-") + "|")
