# Built-ins and methods called with wrong argument counts or self types
# raise TypeError (or the documented error), never crash the interpreter.
tests = [
    lambda: str.join(), lambda: str.join(5, []), lambda: list.append(), lambda: list.append((), 1),
    lambda: dict.get([], 1), lambda: set.add(frozenset(), 1), lambda: str.upper(b"x"),
    lambda: "".join(), lambda: [].append(), lambda: {}.get(), lambda: "a".split(1),
    lambda: int.bit_length("x"), lambda: bytes.decode("x"), lambda: "x".startswith(),
    lambda: [].pop(1, 2), lambda: [].insert(1), lambda: {}.pop(), lambda: "".replace("a"),
    lambda: "".center(), lambda: [].index(), lambda: (1,).count(), lambda: range(3).index(),
    lambda: {}.setdefault(), lambda: {}.update(1), lambda: set().remove(), lambda: "".format(*[]),
    lambda: "{}".format(), lambda: "{0}{}".format(1, 2), lambda: "".zfill(), lambda: "".ljust(),
    lambda: divmod(1), lambda: pow(1), lambda: round(), lambda: abs(), lambda: len(), lambda: iter(),
    lambda: next(), lambda: isinstance(1), lambda: getattr(1), lambda: setattr(1, "a"),
    lambda: sorted(), lambda: min(), lambda: sum(), lambda: map(), lambda: zip(1), lambda: enumerate(),
    lambda: hasattr(), lambda: chr(), lambda: ord(), lambda: hash(), lambda: type(), lambda: super(),
    lambda: object.__new__(), lambda: object.__init__(), lambda: int.__new__(int) if False else 0,
    lambda: property().__get__(1), lambda: "".encode(1),
    lambda: b"".join(), lambda: b"".hex(1), lambda: bytes.fromhex(), lambda: str.maketrans(),
    lambda: "".translate(), lambda: float.is_integer(), lambda: [].sort(1),
    lambda: slice(), lambda: slice(1).indices(), lambda: (x for x in []).send(), lambda: (x for x in []).throw(),
    lambda: print(sep=1), lambda: repr(), lambda: dir(1, 2), lambda: callable(),
    lambda: list.__getitem__(), lambda: dict.__setitem__({}), lambda: BaseException.with_traceback(),
    lambda: Exception().with_traceback(), lambda: type.mro(), lambda: object.__setattr__(1),
    lambda: object.__getattribute__(1), lambda: object.__eq__(), lambda: object.__repr__(),
    lambda: int.__add__ if False else 0, lambda: "%s %s" % 1, lambda: "%(a)s" % 1, lambda: "%*d" % (1,),
    lambda: format(1, 2), lambda: format(), lambda: bin(), lambda: max(1), lambda: all(), lambda: filter(1),
    lambda: reversed(), lambda: id(), lambda: open if False else 0, lambda: issubclass(1, 2),
    lambda: issubclass(int), lambda: delattr(1), lambda: globals(1), lambda: exec if False else 0,
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__)
