import random
from collections import Counter, deque
random.seed(12345)

class Customer:
    _ids = 0
    def __init__(self, t):
        Customer._ids += 1
        self.id = Customer._ids
        self.arrival = t
        self.service = random.randint(1, 6)
    def __repr__(self):
        return f"C{self.id}@{self.arrival}"

def simulate(minutes, tellers, p_arrive):
    q = deque()
    busy = [0] * tellers
    waits = []
    served = 0
    for t in range(minutes):
        if random.random() < p_arrive:
            q.append(Customer(t))
        for i in range(tellers):
            if busy[i] > 0:
                busy[i] -= 1
            if busy[i] == 0 and q:
                c = q.popleft()
                waits.append(t - c.arrival)
                busy[i] = c.service
                served += 1
    return served, len(q), sum(waits) / len(waits) if waits else 0.0, max(waits, default=0)

for tellers in (1, 2, 3):
    s, left, avg, mx = simulate(480, tellers, 0.45)
    print(f"tellers={tellers}: served={s:3d} left={left:3d} avg_wait={avg:7.2f} max_wait={mx}")

def monte_carlo_pi(n):
    inside = sum(1 for _ in range(n) if random.random() ** 2 + random.random() ** 2 <= 1)
    return 4 * inside / n
print(round(monte_carlo_pi(20000), 4))
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    print(f"{total:2d} {rolls[total]:4d} {'*' * (rolls[total] // 20)}")
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
print(hands)
print(random.choices("abc", weights=[5, 1, 1], k=10), random.sample(range(100), 5))
walk = [0]
for _ in range(1000):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(min(walk), max(walk), walk[-1], sum(1 for a, b in zip(walk, walk[1:]) if a == 0))
r = random.Random(7)
print([r.randrange(0, 100, 5) for _ in range(5)], round(r.expovariate(2.0), 6), round(r.triangular(0, 10, 3), 6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], random.getrandbits(70))
def life(board, steps):
    h, w = len(board), len(board[0])
    for _ in range(steps):
        board = [[1 if (n := sum(board[(y + dy) % h][(x + dx) % w] for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)) == 3 or (n == 2 and board[y][x]) else 0 for x in range(w)] for y in range(h)]
    return board
b = [[1 if random.random() < 0.3 else 0 for _ in range(16)] for _ in range(8)]
for row in life(b, 5):
    print("".join(".#"[c] for c in row))
