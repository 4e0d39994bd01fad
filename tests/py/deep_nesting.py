l = []
for i in range(5000):
    l = [l]
try:
    s = repr(l)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
t = 1
for i in range(5000):
    t = (t,)
try:
    print(hash(t) is not None)
except RecursionError as e:
    print("RecursionError", e)
a = []
b = []
for i in range(5000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
del l, t, a, b
print("done")
