tests = ["123", "abc", "abc123", "   ", "", "ABC", "abc ", "Hello", "\t\n", "12.5", "²", "é"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower())
print("ABC1".isupper(), "abc1".islower(), "1".isupper())
print("12".isdecimal(), "12".isnumeric(), "Title Case".istitle())
