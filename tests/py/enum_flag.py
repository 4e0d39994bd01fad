# enum.Flag and IntFlag: composites, membership, iteration, reprs.
from enum import Flag, IntFlag, auto, Enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)), repr(Perm(0)))
print(list(rw), len(rw), list(Perm))
print(repr(rw & Perm.R), repr(rw ^ Perm.R), repr(~Perm.R), repr(Perm(7)))
print(Perm(6) is rw, Perm.R | Perm.R is Perm.R, type(rw) is Perm)
print(repr(Perm), isinstance(rw, Perm))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE))
print(list(Color.WHITE))


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


v = IP.R | IP.W
print(repr(v), str(v), v == 6, v + 1, f"{v}", isinstance(v, int))
print(repr(IP.R | 1), repr(IP(0)), IP.R & 4, repr(IP.R | 8))
print(IP.W in v, list(v), int(v), hash(IP.R) == hash(4))


class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print([o.value for o in Opt], repr(Opt.A | Opt.C))
