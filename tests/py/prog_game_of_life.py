def step(cells, w, h):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    for p, n in counts.items():
        if n == 3 or (n == 2 and p in cells):
            new.add(p)
    return new


def render(cells, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))


w, h = 10, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for gen in range(4):
    print("generation", gen, "alive", len(cells))
    render(cells, w, h)
    cells = step(cells, w, h)
for _ in range(36):
    cells = step(cells, w, h)
print("after 40:", sorted(cells))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
