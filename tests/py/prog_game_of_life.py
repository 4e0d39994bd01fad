def step(cells, w, h):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    new = {}
    for p, n in counts.items():
        if n == 3 or (n == 2 and p in cells):
            new[p] = True
    return new


def render(cells, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))


def make(points):
    return {p: True for p in points}


w, h = 10, 8
cells = make([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
for gen in range(4):
    print("generation", gen, "alive", len(cells))
    render(cells, w, h)
    cells = step(cells, w, h)
for _ in range(36):
    cells = step(cells, w, h)
print("after 40:", sorted(cells))
blinker = make([(1, 0), (1, 1), (1, 2)])
print(sorted(step(blinker, 5, 5)), sorted(step(step(blinker, 5, 5), 5, 5)) == sorted(blinker))


def parse(rows):
    cells = {}
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "#":
                cells[(x, y)] = True
    return cells


def population_history(cells, w, h, n):
    history = []
    for _ in range(n):
        history.append(len(cells))
        cells = step(cells, w, h)
    return history


pulsar_quarter = ["..###...", "........", "#....#..", "#....#..", "#....#..", "..###..."]
toad = parse(["......", "..###.", ".###..", "......"])
print(population_history(toad, 6, 4, 6))
block = parse(["....", ".##.", ".##.", "...."])
print(step(block, 4, 4) == block, len(step(block, 4, 4)))
rpent = parse([".##", "##.", ".#."])
print(population_history(rpent, 30, 30, 25))
print(len(parse(pulsar_quarter)))
