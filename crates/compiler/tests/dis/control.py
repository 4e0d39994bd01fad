if a:
    b()
elif c:
    d()
else:
    e()
while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 8:
        break
else:
    done()
while True:
    break
for i in range(3):
    if i:
        break
else:
    nobreak()
for a, b in pairs:
    for c in b:
        continue
assert x
assert x > 0, "x must be positive"
