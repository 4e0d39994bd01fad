# The seed article's example. Design: the constants 100 and 1 are int objects
# made when the code object is loaded (2 ints); `a + 1` allocates one more
# (101). `del b` does not free 100: the code object's constants still hold it.
# At the end of the run the code object dies, freeing 100 and 1 (2 frees, both
# to the int free list in the classic profile). In cpython311, 100, 1 and 101
# are all cached small ints: no int is allocated at all.
a = 100
b = a
a = a + 1
print(a, b)
print(a is b)
del b
