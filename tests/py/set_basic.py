s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 in s)
s.add(10)
s.discard(1)
s.discard(42)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, {1, 2} < a, a == {4, 3, 2, 1})
print(sorted(set([5, 5, 6])), len(set("mississippi")), set())
print(sorted({x % 4 for x in range(20)}))
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
print({1, 2} == {2, 1}, {1} != {1, 2})
