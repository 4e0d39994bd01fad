# Float math: escape-time Mandelbrot on a small grid, all floats are heap objects.
def mandel(w, h, max_iter):
    total = 0
    rows = []
    for py in range(h):
        y0 = py * 2.0 / h - 1.0
        row = ""
        for px in range(w):
            x0 = px * 3.0 / w - 2.0
            x = 0.0
            y = 0.0
            n = 0
            while n < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                n += 1
            total += n
            row += "#" if n == max_iter else "."
        rows.append(row)
    return total, rows


total, rows = mandel(200, 100, 1500)
print(total)
print(rows[50])
