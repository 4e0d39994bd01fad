def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
N = 10
def f(x=N):
    return x
N = 20
print(f(), f(5))
def g(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(g(1), g(1, 5, 6, 7, c=0, d=9))
