# itertools arguments CPython converts to Py_ssize_t: OverflowError beyond
# it (tee(it, 2**70) tried to make that many iterators), at the call.
import itertools as it
for f in (lambda: it.repeat('a', 2**70), lambda: it.repeat('a', -2**70), lambda: it.product('a', repeat=2**70), lambda: it.combinations('a', 2**70), lambda: it.combinations_with_replacement('a', 2**70), lambda: it.permutations('a', 2**70), lambda: it.tee('a', 2**70), lambda: it.tee('a', -2**70), lambda: it.islice('a', 2**70), lambda: it.combinations('a', -2**70), lambda: list(it.islice('abc', 2**63-1)), lambda: list(it.islice('abc', 1, 2**63)), lambda: list(it.repeat(1, -5)), lambda: it.tee('ab', 0), lambda: it.permutations('a', -2**70)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
