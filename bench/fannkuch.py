# Permutations: fannkuch-redux (flips of prefix reversals over all permutations of n).
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    nperm = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if nperm % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        nperm += 1
        # Next permutation in the counting order: rotate the first r + 1 items.
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


checksum, flips, nperm = fannkuch(9)
print(checksum)
print("Pfannkuchen(9) =", flips)
print(nperm)
