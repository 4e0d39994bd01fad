import math
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

BODIES = {
    'sun': ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
    'jupiter': ([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
                [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
                 -6.90460016972063023e-05 * DAYS_PER_YEAR], 9.54791938424326609e-04 * SOLAR_MASS),
    'saturn': ([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
               [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
                2.30417297573763929e-05 * DAYS_PER_YEAR], 2.85885980666130812e-04 * SOLAR_MASS),
    'uranus': ([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
               [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
                -2.96589568540237556e-05 * DAYS_PER_YEAR], 4.36624404335156298e-05 * SOLAR_MASS),
    'neptune': ([1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
                [2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
                 -9.51592254519715870e-05 * DAYS_PER_YEAR], 5.15138902046611451e-05 * SOLAR_MASS)}

def combinations(l):
    result = []
    for x in range(len(l) - 1):
        ls = l[x + 1:]
        for y in ls:
            result.append((l[x], y))
    return result

SYSTEM = list(BODIES.values())
PAIRS = combinations(SYSTEM)

def advance(dt, n, bodies=SYSTEM, pairs=PAIRS):
    for i in range(n):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz

def report_energy(bodies=SYSTEM, pairs=PAIRS, e=0.0):
    for (((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2)) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (r, [vx, vy, vz], m) in bodies:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.
    print("%.9f" % e)

def offset_momentum(ref, bodies=SYSTEM, px=0.0, py=0.0, pz=0.0):
    for (r, [vx, vy, vz], m) in bodies:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    (r, v, m) = ref
    v[0] = px / m
    v[1] = py / m
    v[2] = pz / m

def spectral(n):
    def A(i, j):
        return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    def Av(u):
        return [sum(A(i, j) * u[j] for j in range(n)) for i in range(n)]
    def Atv(u):
        return [sum(A(j, i) * u[j] for j in range(n)) for i in range(n)]
    u = [1.0] * n
    for _ in range(10):
        v = Atv(Av(u))
        u = Atv(Av(v))
    vBv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return math.sqrt(vBv / vv)

def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = checksum = 0
    r = n
    perm_count = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        max_flips = max(max_flips, flips)
        checksum += flips if perm_count % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1

def mandel(w, h, iters=50):
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            c = complex_like(-2.0 + 3.0 * x / w, -1.2 + 2.4 * y / h)
            zr = zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + c[0], 2 * zr * zi + c[1]
                n += 1
            row.append(" .:-=+*#%@"[n * 9 // iters])
        rows.append("".join(row))
    return rows

def complex_like(a, b):
    return (a, b)

offset_momentum(BODIES['sun'])
report_energy()
advance(0.01, 200)
report_energy()
print("%.9f" % spectral(20))
print(fannkuch(7))
for line in mandel(40, 12):
    print(line)
print(round(math.fsum([0.1] * 10), 12), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.gcd(48, 180), math.lcm(4, 6))
print(math.factorial(25), math.comb(30, 15), math.perm(10, 3), math.isqrt(10**20 + 12345))
print(math.log(1000, 10), math.log2(1024), math.log10(0.001), math.exp(1) == math.e)
print(f"{math.sin(math.pi / 6):.12f} {math.cos(0):.1f} {math.atan2(1, 1) * 4:.15f} {math.degrees(math.pi)}")
print(math.copysign(3, -0.0), math.fabs(-4), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.inf > 10**300, math.isnan(math.nan), math.isinf(-math.inf), math.prod([1, 2, 3, 4]))
