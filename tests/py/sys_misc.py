import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_misc.py"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info >= (3, 0))
print(type(sys.platform).__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
