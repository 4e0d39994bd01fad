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
