def lcg(seed, n, mod=1000):
    out = []
    for _ in range(n):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        out.append(seed % mod)
    return out


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def mergesort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left = mergesort(xs[:mid])
    right = mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


def bubble_sort(xs):
    xs = xs[:]
    n = len(xs)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return xs, swaps


data = lcg(42, 300)
print(data[:12])
expected = sorted(data)
q = quicksort(data)
m = mergesort(data)
ins = insertion_sort(data)
b, swaps = bubble_sort(data)
print(q == expected, m == expected, ins == expected, b == expected, swaps)
print(expected[:10], expected[-5:])
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(mergesort(words), quicksort(words))
print(quicksort([]), mergesort([1]), insertion_sort([2, 1]))
