with open(path) as f:
    data = f.read()
with lock:
    work()
with a() as x, b() as (y, z):
    use(x, y, z)
