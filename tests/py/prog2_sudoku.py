import sys
from typing import List, Optional, Tuple

Grid = List[List[int]]

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text: str) -> Grid:
    rows = [line.strip() for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(g: Grid, r: int, c: int) -> List[int]:
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


calls = 0


def find_empty(g: Grid) -> Optional[Tuple[int, int]]:
    best = None
    best_n = 10
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                n = len(candidates(g, r, c))
                if n < best_n:
                    best, best_n = (r, c), n
    return best


def solve(g: Grid) -> bool:
    global calls
    calls += 1
    pos = find_empty(g)
    if pos is None:
        return True
    r, c = pos
    for d in candidates(g, r, c):
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False


def show(g: Grid) -> str:
    out = []
    for i, row in enumerate(g):
        if i and i % 3 == 0:
            out.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        out.append(" | ".join(" ".join(cells[k:k + 3]) for k in (0, 3, 6)))
    return "\n".join(out)


def valid(g: Grid) -> bool:
    full = set(range(1, 10))
    rows = all(set(r) == full for r in g)
    cols = all({g[r][c] for r in range(9)} == full for c in range(9))
    boxes = all(
        {g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} == full
        for br in (0, 3, 6) for bc in (0, 3, 6)
    )
    return rows and cols and boxes


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


def subsets_sum(nums, target, start=0, chosen=None):
    chosen = [] if chosen is None else chosen
    if target == 0:
        yield tuple(chosen)
        return
    for i in range(start, len(nums)):
        if nums[i] > target:
            break
        if i > start and nums[i] == nums[i - 1]:
            continue
        chosen.append(nums[i])
        yield from subsets_sum(nums, target - nums[i], i + 1, chosen)
        chosen.pop()


def main(argv: List[str]) -> int:
    g = parse(PUZZLE)
    print(show(g))
    print()
    ok = solve(g)
    print("solved" if ok else "unsolvable", "calls:", calls)
    print(show(g))
    print("valid:", valid(g))
    perms = list(permutations("abc"))
    print(len(perms), ["".join(p) for p in perms])
    print(list(subsets_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8)))
    bad = parse(PUZZLE)
    bad[0][2] = 5
    bad[0][0] = 0
    bad[0][1] = 0
    print(candidates(bad, 0, 0))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
