s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find("o", 5, 10), s.find(""))
print(s.rfind("hello"), s.rfind("o"), s.rfind("xyz"), s.rfind("l", 0, 5))
print(s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("hello"), s.count("z"), s.count(""), "aaaa".count("aa"))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
