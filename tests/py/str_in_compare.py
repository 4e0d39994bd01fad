s = "the quick brown fox"
print("quick" in s, "slow" in s, "" in s, "q" not in s, " " in s)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "Z" > "z")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "a")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(max("hello"), min("hello"))
print("é" > "z", "10" < "9")
