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
