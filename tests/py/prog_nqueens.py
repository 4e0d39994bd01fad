def solve(n):
    solutions = []
    cols = [0] * n

    def safe(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols[row] = col
                place(row + 1)

    place(0)
    return solutions


def show(sol):
    n = len(sol)
    for c in sol:
        print(" ".join("Q" if i == c else "." for i in range(n)))


for n in range(1, 9):
    print(n, len(solve(n)))
sols = solve(6)
print(sols)
show(sols[0])
print(solve(8)[0], solve(8)[-1])


def is_valid(sol):
    n = len(sol)
    for i in range(n):
        for j in range(i + 1, n):
            if sol[i] == sol[j] or abs(sol[i] - sol[j]) == j - i:
                return False
    return True


def mirror(sol):
    n = len(sol)
    return [n - 1 - c for c in sol]


def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r, c in enumerate(sol):
        out[c] = n - 1 - r
    return out


all8 = solve(8)
print(all(is_valid(s) for s in all8), is_valid([0, 1, 2, 3]))
unique = []
seen = {}
for s in all8:
    variants = []
    cur = s
    for _ in range(4):
        variants.append(tuple(cur))
        variants.append(tuple(mirror(cur)))
        cur = rotate(cur)
    key = min(variants)
    if key not in seen:
        seen[key] = True
        unique.append(key)
print("fundamental solutions of 8 queens:", len(unique))
print(unique[0], unique[-1])
