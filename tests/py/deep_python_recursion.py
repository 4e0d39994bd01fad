# Python-to-Python calls do not use the native stack: recursion as deep as
# the recursion limit allows works, RecursionError comes at the limit, and
# the frames in between unwind (tracebacks, finally, handlers) as CPython's.
import sys

sys.setrecursionlimit(60000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(50000))

def kw_depth(n, *, step=1):
    return 0 if n <= 0 else kw_depth(n - step, step=step) + 1

print(kw_depth(40000, step=2))

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else self.nxt.length() + 1

head = None
for i in range(30000):
    head = Node(head)
print(head.length())

sys.setrecursionlimit(1000)

unwound = []
def down(n):
    try:
        return down(n + 1)
    finally:
        if n % 200 == 0:
            unwound.append(n)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(unwound[:3], len(unwound))

def catch_at_bottom(n):
    try:
        return catch_at_bottom(n + 1)
    except RecursionError:
        return n

print(catch_at_bottom(0) > 900)

def raises_deep(n):
    if n == 0:
        raise ValueError("bottom")
    return raises_deep(n - 1)

try:
    raises_deep(500)
except ValueError as e:
    tb = e.__traceback__
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print("traceback entries", frames)
