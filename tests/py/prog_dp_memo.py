from functools import lru_cache, reduce, cache
import sys
sys.setrecursionlimit(5000)

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], "".join(reversed(out))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

def knapsack(items, cap):
    @lru_cache(maxsize=None)
    def best(i, c):
        if i == len(items):
            return 0
        w, v = items[i]
        skip = best(i + 1, c)
        if w <= c:
            return max(skip, v + best(i + 1, c - w))
        return skip
    r = best(0, cap)
    return r, best.cache_info()

@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

memo = {}
def coin_ways(amount, coins):
    key = (amount, len(coins))
    if key in memo:
        return memo[key]
    if amount == 0:
        r = 1
    elif amount < 0 or not coins:
        r = 0
    else:
        r = coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])
    memo[key] = r
    return r

def min_coins(amount, coins):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1

def lis(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)

def max_subarray(a):
    best = cur = a[0]
    for x in a[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best

@lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(s, t, edit_distance(s, t))
print(knapsack(((12, 4), (2, 2), (1, 1), (1, 2), (4, 10)), 15))
print([partitions(n, n) for n in range(15)], partitions(100, 100))
print(coin_ways(100, [50, 25, 10, 5, 1]), min_coins(63, [1, 5, 10, 21, 25]), min_coins(3, [2]))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(300))
print(reduce(lambda a, b: a * b, range(1, 30)))
def catalan(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c
print(catalan(20))
tri = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
for r in range(len(tri) - 2, -1, -1):
    for c in range(len(tri[r])):
        tri[r][c] += max(tri[r + 1][c], tri[r + 1][c + 1])
print(tri[0][0])
def rec_depth(n):
    return 0 if n == 0 else 1 + rec_depth(n - 1)
print(rec_depth(3000))
print(fib.__name__, fib.__wrapped__.__name__ if hasattr(fib, "__wrapped__") else None)
