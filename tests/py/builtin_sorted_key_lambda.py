people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda x: x % 3))
data = [3, 1, 2]
data.sort(key=lambda x: -x)
print(data)
print(sorted([], key=lambda x: x), sorted("hello"))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(sorted([0.5, 1, True, -2]))
