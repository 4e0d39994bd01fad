a = int("100")  # computed, so no code constant keeps it alive
b = a           # b refers to the same int object as a
a = a + 1       # a new int 101 in a fresh block; a is rebound to it
del b           # nothing refers to 100 any more: its block is freed
print(a)
