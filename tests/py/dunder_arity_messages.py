# Argument-count errors of slot wrappers ("expected 1 argument, got 0"),
# of METH_NOARGS/METH_O dunders ("int.__trunc__() takes no arguments") and
# of unbound slot wrappers without self ("descriptor '__add__' of 'complex'").
tests = [
    lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: [].__len__(1), lambda: 'a'.__getitem__(),
    lambda: {}.__setitem__(1), lambda: (1.5).__neg__(2), lambda: [].__iadd__(), lambda: (1).__eq__(),
    lambda: {1}.__iter__(1), lambda: 'a'.__contains__(), lambda: (1j).__add__(), lambda: (1).__bool__(1),
    lambda: [1].__reversed__(1), lambda: {}.__ior__(), lambda: (1).__getnewargs__(1), lambda: [].__delitem__(),
    lambda: object().__reduce_ex__(), lambda: object().__dir__(1), lambda: object().__sizeof__(1),
    lambda: object().__getstate__(1), lambda: (1).__index__(2), lambda: (1).__pow__(), lambda: (1).__pow__(1, 2, 3),
    lambda: (1).__lt__(1, 2), lambda: 'a'.__mod__(), lambda: b''.__bytes__(1),
    lambda: (1j).__pow__(1, 2, 3), lambda: (1j).__neg__(1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
tests2 = [lambda: (1).__pow__(), lambda: (1).__divmod__(), lambda: (1).__neg__(1), lambda: (1).__round__(1, 2),
         lambda: (1).as_integer_ratio(1), lambda: (1.5).conjugate(1), lambda: (1).__format__(), lambda: (1).__hash__(1),
         lambda: (1.5).__floor__(1), lambda: (1).__trunc__(1), lambda: (1.5).__divmod__(),
         lambda: type.__instancecheck__(), lambda: object.__dir__(), lambda: list.__reversed__(), lambda: complex.__add__(),
         lambda: object.__reduce_ex__(), lambda: int.__getnewargs__(), lambda: list.__class_getitem__(),
         lambda: set.__iter__(), lambda: dict.__ior__()]
for t in tests2:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)

# object's own slot wrappers and method descriptors.
tests3 = [lambda: object.__sizeof__(), lambda: list.__reversed__(), lambda: int.__getnewargs__(), lambda: object.__format__(),
          lambda: object.__hash__(), lambda: object.__eq__(), lambda: object().__hash__(1), lambda: object().__eq__(),
          lambda: object().__setattr__('a'), lambda: object().__getattribute__(), lambda: object().__repr__(1),
          lambda: object().__lt__(1, 2), lambda: object().__str__(1), lambda: object().__delattr__(), lambda: object().__ne__(),
          lambda: object().__format__(), lambda: object().__format__(1, 2), lambda: object().__init_subclass__(1),
          lambda: object.__dir__(), lambda: object.__reduce_ex__(), lambda: int.__format__(),
          lambda: (1).__index__(1), lambda: float.__getformat__(), lambda: (1).__ror__(1, 2)]
for f in tests3:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
