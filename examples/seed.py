# The seed article's example: a value that changes is a new object.
a = 100
b = a        # b refers to the same int object as a
a = a + 1    # a new int 101 is allocated; a is rebound to it
print(a, b)  # 101 100
print(a is b)
del b        # nothing refers to 100 any more: its block is freed
