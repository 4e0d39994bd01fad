s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("x", "y"))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"))
print("hello".replace("l", ""))
print(s)
