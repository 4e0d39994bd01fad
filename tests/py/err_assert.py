def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x
print(check(1))
check(-5)
