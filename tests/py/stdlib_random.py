import random
for s in (42, 0, 1, 12345678901234567890, -7):
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70))
    l = list(range(10)); random.shuffle(l); print(l)
    print(random.choice('abcdef'), random.sample(range(100), 5), random.sample(range(10), 3))
    print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.choices('abc', k=5))
    print(random.choices('abc', weights=[1, 2, 3], k=4), random.normalvariate(), random.expovariate(2.0))
    print(random.triangular(0, 10, 3), random.sample(range(10000), 8))
r = random.Random(5)
print(r.random(), r.randint(1, 6), r.getrandbits(0), r.getrandbits(32))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed(2024)
print([random.randint(0, 9) for _ in range(20)])
print(random.randrange(10), random.randrange(-5, 5), random.randrange(10, 0, -3))
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1], 2)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
