print("a b  c".split())
print("  leading and trailing  ".split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a b c d".split(" ", 2))
print("".split(), "".split(","))
print("abc".split("b"), "aXXbXXc".split("XX"))
print("one\ttwo\nthree  four".split())
print("a b c".split(None, 1))
print("1-2-3".split("-", 0))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
