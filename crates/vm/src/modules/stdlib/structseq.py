"""Struct sequences (CPython's PyStructSequence): tuples whose items are
also read-only attributes, with `module.name(field=value, ...)` reprs. The
ones of `sys` (version_info, float_info, int_info, hash_info) are made here
on first use (`sys.__getattr__`), so start-up makes none."""


def new_type(module, name, fields, extra=()):
    """A struct sequence type `module.name` with these fields, and `extra`
    fields that are attributes only (time.struct_time's tm_zone and
    tm_gmtoff): given after the others, or None."""

    def field(i):
        return property(lambda self: tuple.__getitem__(self, i))

    def extra_field(f):
        return property(lambda self: self.__dict__['_extra'].get(f))

    ns = {name: field(i) for i, name in enumerate(fields)}
    for f in extra:
        ns[f] = extra_field(f)
    if not extra:
        ns['__slots__'] = ()
    ns['__module__'] = module
    ns['__match_args__'] = tuple(fields)
    ns['n_sequence_fields'] = len(fields)
    ns['n_fields'] = len(fields) + len(extra)
    ns['n_unnamed_fields'] = 0
    nmin, nmax = len(fields), len(fields) + len(extra)

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if not nmin <= len(items) <= nmax:
            if nmin == nmax:
                raise TypeError(f"{module}.{name}() takes a {nmin}-sequence "
                                f"({len(items)}-sequence given)")
            if len(items) < nmin:
                raise TypeError(f"{module}.{name}() takes an at least {nmin}-sequence "
                                f"({len(items)}-sequence given)")
            raise TypeError(f"{module}.{name}() takes an at most {nmax}-sequence "
                            f"({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:nmin])
        if extra:
            self.__dict__['_extra'] = dict_of(extra, items[nmin:])
        return self

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{module}.{name}({parts})"

    def __reduce__(self):
        if extra:
            return (type(self), (tuple(self), dict(self.__dict__['_extra'])))
        return (type(self), (tuple(self), {}))

    ns['__new__'] = __new__
    ns['__repr__'] = __repr__
    ns['__reduce__'] = __reduce__
    return type(name, (tuple,), ns)


def dict_of(names, values):
    d = {n: None for n in names}
    d.update(zip(names, values))
    return d


def sys_value(name):
    """The value of the struct sequence `sys.name`."""
    if name == 'version_info':
        fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
        values = (3, 11, 0, 'final', 0)
    elif name == 'float_info':
        fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp',
                  'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')
        values = (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                  -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)
    elif name == 'int_info':
        fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                  'str_digits_check_threshold')
        values = (30, 4, 4300, 640)
    elif name == 'hash_info':
        fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm',
                  'hash_bits', 'seed_bits', 'cutoff')
        values = (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13',
                  64, 128, 0)
    else:
        return None
    return new_type('sys', name, fields)(values)
