print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("日"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(26085), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "abc"])
def caesar(s, k):
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr((ord(c) - ord("a") + k) % 26 + ord("a"))
        else:
            out += c
    return out
print(caesar("hello, world", 3), caesar(caesar("xyz", 5), -5))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
