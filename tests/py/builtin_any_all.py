print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any([0, ""]), all(["a", 1]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 5]))
print(any("abc"), all([[], [1]]), any([None, False, 0.0, [0]]))
def noisy(x):
    print("check", x)
    return x
print(any(noisy(x) for x in [0, 1, 2]))
print(all(noisy(x) for x in [1, 0, 2]))
