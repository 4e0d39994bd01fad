# a = a + 1 in a loop: every iteration allocates a new int and frees the
# previous one. Design (classic): 1000 results are allocated; the freed ones
# go to the int free list and are reused, so after the first miss each
# allocation is a free-list hit. cpython311: values <= 256 are cached, the
# rest allocate like classic.
a = 0
i = 0
while i < 1000:
    a = a + 1
    i = i + 1
print(a, i)
