words = ["banana", "Pie", "apple", "kiwi", "Cherry", "fig"]
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 25), ("eve", 40)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
nums = [-5, 3, -1, 4, -2]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: -x))
