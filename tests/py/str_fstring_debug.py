x = 10
name = "arena"
print(f"{x=}")
print(f"{x = }")
print(f"{name=!s}")
print(f"{x*2=}")
print(f"{name=:>8}")
print(f"{3.5=:.2f}")
items = [1, 2]
print(f"{items=}")
print(f"{len(items)=}")
print(f"{x!r:>5}")
print(f"{'nested {x}'}")
print(f"{x:{'>'}{5}}")
print(f"{{x}} {x}")
print(f"{x:#06x}")
d = {"k": 1}
print(f"{d['k']}")
