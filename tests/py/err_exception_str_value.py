print("raising ValueError with two args")
raise ValueError("first", 2)
