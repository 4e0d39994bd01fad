rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 12, 12.25),
    ("Thingamajig", 1, 199.999),
    ("Doohickey", 250, 0.1),
]
headers = ("Item", "Qty", "Price", "Total")
table = []
for name, qty, price in rows:
    table.append((name, str(qty), f"{price:.2f}", f"{qty * price:,.2f}"))
widths = [len(h) for h in headers]
for row in table:
    for i, cell in enumerate(row):
        widths[i] = max(widths[i], len(cell))
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
def fmt(cells):
    parts = []
    for i, cell in enumerate(cells):
        if i == 0:
            parts.append(" " + cell.ljust(widths[i]) + " ")
        else:
            parts.append(" " + cell.rjust(widths[i]) + " ")
    return "|" + "|".join(parts) + "|"
print(sep)
print(fmt(headers))
print(sep.replace("-", "="))
for row in table:
    print(fmt(row))
print(sep)
grand = sum(q * p for _, q, p in rows)
print(fmt(("TOTAL", str(sum(q for _, q, _ in rows)), "", f"{grand:,.2f}")))
print(sep)
print("%-12s|%6s|%10s" % ("name", "qty", "price"))
for name, qty, price in rows:
    print("%-12s|%6d|%10.3f" % (name, qty, price))
for name, qty, price in rows:
    print("{:^13}|{:<5}|{:>+9.1f}|{:08.2f}".format(name[:13], qty, price, price))
print()
quarters = {"north": [120.5, 98.25, 143.0, 110.75], "south": [88.0, 102.5, 97.25, 130.0],
            "east": [64.75, 70.0, 81.5, 95.25], "west": [150.0, 142.5, 160.25, 171.0]}
print(f"{'region':<8}" + "".join(f"{'Q' + str(i + 1):>9}" for i in range(4)) + f"{'year':>10}{'share':>8}")
total_all = sum(sum(v) for v in quarters.values())
for region, values in sorted(quarters.items(), key=lambda kv: -sum(kv[1])):
    year = sum(values)
    cells = "".join(f"{v:>9.2f}" for v in values)
    print(f"{region:<8}{cells}{year:>10,.2f}{year / total_all:>8.1%}")
col_totals = [sum(quarters[r][i] for r in quarters) for i in range(4)]
print(f"{'all':<8}" + "".join(f"{t:>9.2f}" for t in col_totals) + f"{total_all:>10,.2f}{1:>8.1%}")
best = max(quarters, key=lambda r: max(quarters[r]))
print(f"best quarter: {best} Q{quarters[best].index(max(quarters[best])) + 1} ({max(quarters[best]):.2f})")
