# CPython 3.11's two copy rules: d.copy() clones the keys block (holes
# included) while at least 2/3 of the entries are live; dict(d) and
# {}.update(d) clone only a clean table, and otherwise size the empty
# target up front from the empty keys object's single slot (so even two
# entries get 16 slots).
import sys

for keys in (["a", "b", "c"], [1, 2, 3], ["a", "b", "c", "d", "e", "f", "g"]):
    d = {k: 0 for k in keys}
    print("clean", sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
    del d[keys[0]]
    e = {}
    e.update(d)
    print("one hole", sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof(e))
    for k in keys[1:-1]:
        del d[k]
    print("mostly holes", sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), d.copy())
