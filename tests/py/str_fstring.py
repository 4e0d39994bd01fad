name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} {n * 2} {n + 0.5} {items} {items[1]} {len(items)}")
print(f"{name!r} {name!s} {items!r}")
x = 10
print(f"{x=} {pi=:.2f} {name=}")
print(f"{'nested'} {'a' + 'b'} {{braces}}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:05}")
print(f"{x if x > 5 else -x}")
w = 8
print(f"{pi:{w}.3f}|")
print(f"{'multi'}" f"{'part'}" "plain")
