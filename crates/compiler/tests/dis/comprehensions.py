[x for x in y]
[x * 2 for x in y if x if x > 1]
[(x, z) for x in y for z in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
sum(x * x for x in range(10))
def f(n):
    return [i + n for i in range(n)]
[[a for a in b] for b in c]
[lambda: x for x in y]
def g():
    return [(last := x) for x in y], last
