def describe(name, age, city="?"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Paris", age=40))
args = {"name": "Di", "age": 22, "city": "Rome"}
print(describe(**args))
print(describe(*["Ed", 50]))
def show(a, b):
    print("a =", a, "b =", b)
show(b=1, a=2)
print(sorted([3, 1, 2], reverse=True))
print("x", "y", sep="-", end=".\n")
