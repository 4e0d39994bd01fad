def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [n for n in range(limit + 1) if is_prime[n]]


primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
print(sum(primes))
lookup = {p: True for p in primes}
twins = [(p, p + 2) for p in primes if p + 2 in lookup]
print(len(twins))
print(twins[:8])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:6])


def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out


for n in [2, 12, 97, 360, 1001, 65536, 999999, 123456789]:
    print(n, factorize(n))
print(primes[::1000])


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


print(all(is_prime(p) for p in primes[:500]), [n for n in range(90, 110) if is_prime(n)])
goldbach = {}
for even in range(4, 101, 2):
    for p in primes:
        if lookup.get(even - p):
            goldbach[even] = (p, even - p)
            break
print(goldbach[4], goldbach[28], goldbach[100], len(goldbach))
mersenne = [p for p in primes[:11] if is_prime(2 ** p - 1)]
print("mersenne exponents:", mersenne)
