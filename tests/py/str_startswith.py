s = "filename.txt"
print(s.startswith("file"), s.startswith("name"), s.endswith(".txt"), s.endswith(".py"))
print(s.startswith(("a", "f")), s.endswith((".py", ".rs")), s.endswith((".py", ".txt")))
print(s.startswith("name", 4), s.startswith(""), "".endswith(""))
names = ["test_a.py", "main.rs", "test_b.rs", "lib.py"]
print([n for n in names if n.startswith("test") and n.endswith(".py")])
