import io, os, sys
path = "_io_test_%d.tmp" % os.getpid()
with open(path, "w") as f:
    print(repr(f.write("hello\n")), f.name == path, f.mode, f.closed)
    f.write("second line\n")
    print("third", 3, file=f)
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.write("appended\n")
print(open(path).read().splitlines())
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:5])
with open(path, "wb") as f:
    f.write(b"bin\x00ary")
print(open(path, "rb").read())
os.remove(path)
print(os.path.exists(path))
try:
    open("/nonexistent/nope.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno if hasattr(e, "errno") else "")
except OSError as e:
    print("OSError", e)
try:
    open(path, "q")
except ValueError as e:
    print("ValueError", e)
s = io.StringIO()
s.write("x = ")
print(42, file=s)
print(repr(s.getvalue()))
s = io.StringIO("l1\nl2\nl3")
print(s.readline(), s.read())
print(isinstance(FileNotFoundError("x"), OSError), issubclass(FileNotFoundError, OSError))
print(OSError(2, "No such file or directory", "f.txt"))
sys.stdout.write("direct\n")
print("to stdout", file=sys.stdout)
