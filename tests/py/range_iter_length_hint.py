# A range iterator's length hint (seventh fuzz run): list(), tuple(), [*x],
# sorted() and bytes() ask it before the first item, so a length beyond a
# machine word is an OverflowError at once and a huge one a MemoryError
# (CPython's PyObject_LengthHint and list_preallocate_exact).
for e in ["list(reversed(range(-2**63 - 1, 10**30)))", "list(iter(range(2**64)))",
          "tuple(iter(range(2**64)))", "[*iter(range(2**64))]", "sorted(iter(range(2**64)))",
          "bytes(iter(range(2**64)))", "list(iter(range(2**62)))", "list(iter(range(5)))",
          "list(reversed(range(3)))", "list(reversed(range(2**64, 2**64 + 3)))",
          "iter(range(7)).__length_hint__()", "reversed(range(2**64)).__length_hint__()"]:
    try:
        print(e, eval(e))
    except (OverflowError, MemoryError) as ex:
        print(e, type(ex).__name__, ex)
it = iter(range(4))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
big = iter(range(2**64, 2**64 + 2))
print(big.__length_hint__(), list(big), big.__length_hint__())
