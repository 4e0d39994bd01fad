s = "héllo wörld"
print(len(s), s.upper(), s[1], s[-4], s[1:4])
j = "日本語テキスト"
print(len(j), j[2], j[::-1], j[1:3])
e = "a😀b"
print(len(e), e[1], e[2], list(e))
print("é" in s, s.find("ö"), s.index("w"), s.count("l"))
print(len("ß".upper()), "straße".upper())
print([c for c in "añb"])
print("ünï".center(7, "*"), "αβγ".replace("β", "b"))
print(" ".join(reversed("αβγ")))
