import os
import sys
from collections import defaultdict
from typing import List, Dict, Tuple

CSV = """region,product,quarter,units,price
North,Widget,Q1,120,2.50
North,Gadget,Q1,40,12.00
South,Widget,Q1,80,2.50
South,Widget,Q2,95,2.75
North,Widget,Q2,130,2.75
East,Gizmo,Q2,15,40.00
East,Gadget,Q1,,12.00
West,Widget,Q3,abc,2.50
South,Gizmo,Q3,22,38.50
"""


def parse_csv(text: str) -> Tuple[List[Dict[str, object]], List[str]]:
    lines = text.strip().split("\n")
    header = [h.strip() for h in lines[0].split(",")]
    rows, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != len(header):
            errors.append(f"line {n}: expected {len(header)} fields")
            continue
        rec = dict(zip(header, parts))
        try:
            rec["units"] = int(rec["units"])
            rec["price"] = float(rec["price"])
        except ValueError as e:
            errors.append(f"line {n}: {e}")
            continue
        rows.append(rec)
    return rows, errors


def pivot(rows, row_key, col_key, value):
    table = defaultdict(lambda: defaultdict(float))
    cols = set()
    for r in rows:
        table[r[row_key]][r[col_key]] += value(r)
        cols.add(r[col_key])
    return table, sorted(cols)


def render(table, cols, title):
    width = max(len(k) for k in table) + 2
    head = title.ljust(width) + "".join(c.rjust(10) for c in cols) + "Total".rjust(11)
    print(head)
    print("=" * len(head))
    col_tot = dict.fromkeys(cols, 0.0)
    for rk in sorted(table):
        vals = [table[rk].get(c, 0.0) for c in cols]
        for c, v in zip(cols, vals):
            col_tot[c] += v
        cells = "".join(f"{v:10.2f}" if v else f"{'-':>10}" for v in vals)
        print(f"{rk:<{width}}{cells}{sum(vals):11.2f}")
    print("-" * len(head))
    print("Total".ljust(width) + "".join(f"{col_tot[c]:10.2f}" for c in cols) + f"{sum(col_tot.values()):11.2f}")


def main(argv: List[str]) -> int:
    rows, errors = parse_csv(CSV)
    print(f"{len(rows)} rows, {len(errors)} errors")
    for e in errors:
        print("  !", e)
    table, cols = pivot(rows, "region", "quarter", lambda r: r["units"] * r["price"])
    render(table, cols, "Revenue")
    print()
    table, cols = pivot(rows, "product", "region", lambda r: r["units"])
    render(table, cols, "Units")
    path = f"report_{os.getpid()}.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("region,revenue\n")
        for rk in sorted(table):
            f.write("%s,%.2f\n" % (rk, sum(table[rk].values())))
    with open(path) as f:
        lines = [line.rstrip("\n").split(",") for line in f]
    os.unlink(path)
    print(lines)
    best = max(rows, key=lambda r: r["units"] * r["price"])
    print("best:", best)
    avg_price = {p: round(sum(r["price"] for r in rows if r["product"] == p) / sum(1 for r in rows if r["product"] == p), 3)
                 for p in sorted({r["product"] for r in rows})}
    print(avg_price)
    print(len(argv), os.path.basename(argv[0]))
    if errors:
        print(f"{len(errors)} bad lines", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
