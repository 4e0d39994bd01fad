# A compiled pattern's program lives outside the heap; it is freed when the
# last Pattern of that source dies (re.purge() drops the cache's), and a
# later pattern may reuse its slot without confusion.
import re
import copy

p = re.compile(r"(\d+)-(\d+)")
q = re.compile(r"(\d+)-(\d+)")  # same program, two owners
print(p.match("12-34").groups())
del q
re.purge()
print(p.match("5-6").groups())  # still alive: p owns it
for i in range(300):
    r = re.compile("x%d(y+)" % i)
    assert r.match("x%dyy" % i).group(1) == "yy"
    re.purge()
print(p.fullmatch("7-8").span(), copy.copy(p) is p, copy.deepcopy(p) is p)
del p
re.purge()
print(re.compile(r"(\d+)-(\d+)").match("9-10").groups())
print(re.sub(r"a(b)", r"<\1>", "xabyab"))
