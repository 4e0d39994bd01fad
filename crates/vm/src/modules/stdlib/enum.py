"""Enumerations (arenapy's own implementation of enum, after CPython 3.11).

EnumType is a real metaclass: its __new__ turns the non-descriptor names of
the class body into members (instances of the enum class, made by the
mixed-in data type's __new__ or the class's own __new__), in definition
order; equal values become aliases of the first member. Members keep
`_name_`/`_value_` (in a table by id, since int and str members carry no
attribute dict here); the class keeps `_member_names_`, `_member_map_` and
`_value2member_map_`. Flag/IntFlag make composite members on demand
(`_missing_`). Not modelled: `_order_` checking, `boundary`, pickling,
`__members__` as a mappingproxy (a dict copy), deprecation warnings.
"""

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


_function_types = (type(lambda: 0), type(len), property, classmethod, staticmethod)


def _is_descriptor(obj):
    if isinstance(obj, _function_types):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _bits(num):
    """The single-bit values of `num`, lowest first."""
    out = []
    while num:
        b = num & (~num + 1)
        out.append(b)
        num ^= b
    return out


class _EnumDict(dict):
    """The class-body namespace of an enum: `auto()` values are resolved as
    they are assigned (so `WHITE = RED | GREEN` sees values). Its state
    lives under the key `__enum_state__` ([generate, last_values, count]),
    which EnumType.__new__ drops."""

    def __setitem__(self, key, value):
        state = self.get("__enum_state__")
        if key == "_generate_next_value_":
            state[0] = value.__func__ if isinstance(value, staticmethod) else value
        elif not (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value)):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = state[0](key, 1, state[2], state[1][:])
                value = value.value
            state[1].append(value)
            state[2] += 1
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        first_enum = None
        for b in bases:
            if isinstance(b, EnumType):
                first_enum = b
        gnv = first_enum._generate_next_value_ if first_enum is not None else None
        dict.__setitem__(d, "__enum_state__", [gnv, [], 0])
        return d

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        ignore = list(ignore)
        gnv = classdict.get("_generate_next_value_")
        if gnv is None:
            gnv = first_enum._generate_next_value_ if first_enum is not None else None
        elif isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        # Members: the plain (non-descriptor, non-dunder, non-sunder) names.
        members = []
        body = {}
        last_values = []
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_" or key == "__enum_state__":
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                body[key] = value
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    gnv(key, 1, len(members), last_values[:]) if isinstance(v, auto) and v.value is _auto_null
                    else (v.value if isinstance(v, auto) else v)
                    for v in value
                )
            members.append((key, value))
            last_values.append(value)
        new_member = body.get("__new__")
        if new_member is not None and first_enum is not None:
            body["_new_member_"] = new_member
        if first_enum is not None and members and first_enum._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, first_enum))
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, b))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if new_member is None:
            new_member = getattr(enum_class, "_new_member_", None)
            if new_member is None or first_enum is None:
                new_member = member_type.__new__ if member_type is not object else object.__new__
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        for name, value in members:
            enum_class._add_member_(name, value, new_member)
        # After the members exist, calling the class looks a value up.
        if first_enum is not None:
            type.__setattr__(enum_class, "__new__", Enum.__new__)
        return enum_class

    def _add_member_(cls, name, value, new_member):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is object.__new__ and member_type is object:
            member = object.__new__(cls)
        else:
            member = new_member(cls, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        init = getattr(cls, "__init__", None)
        if init is not None and init is not object.__init__ and "__init__" in _mro_dicts(cls):
            member.__init__(*args)
        # An equal value makes an alias of the first member.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            member = canonical
        elif not cls._flag_ or _is_single_bit(value):
            # (Multi-bit and zero flags are named but not iterated.)
            cls._member_names_.append(name)
        if cls._flag_:
            if canonical is None and _is_single_bit(value):
                cls._flag_mask_ |= value
            cls._all_bits_ = cls._all_bits_ | value
        type.__setattr__(cls, name, member)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        classdict = {}
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(member).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __dir__(cls):
        names = ["__class__", "__doc__", "__members__", "__module__"]
        return sorted(set(names + list(cls._member_names_)))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        for b in bases:
            if isinstance(b, EnumType):
                first_enum = b
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if "__new__" in base.__dict__ or not hasattr(base, "__mro__") or base.__module__ == "builtins":
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum


def _mro_dicts(cls):
    names = set()
    for c in cls.__mro__:
        if c is object or c.__module__ == "builtins":
            continue
        names.update(c.__dict__)
    return names


def _bin(num, max_bits=None):
    """enum.bin: two's complement with a sign digit ('0b0 011', '0b1 101')."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Generic enumeration."""

    _flag_ = False
    _flag_mask_ = 0
    _all_bits_ = 0

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member"
            % (cls.__name__, result)
        )

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for cls in type(self).__mro__:
            for n in cls.__dict__:
                if n[0] != "_" and n not in type(self)._member_map_:
                    names.append(n)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __hash__(self):
        return hash(int(self))


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return "" + self

    def __format__(self, format_spec):
        return format("" + self, format_spec)

    def __hash__(self):
        return hash("" + self)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags: members combine with | & ^ ~."""

    _flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        # A pure Flag's boundary is STRICT: a value outside the members'
        # range or holding bits no member has is an error worded as
        # CPython 3.11's. (Its _flag_mask_ is every member's bits, here
        # _all_bits_; its _all_bits_ the ones below the highest.)
        members_bits = cls._all_bits_
        all_bits = 2 ** members_bits.bit_length() - 1
        if cls._member_type_ is object and (
                not ~all_bits <= value <= all_bits or value & (all_bits ^ members_bits)):
            max_bits = max(value.bit_length(), members_bits.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, _bin(value, max_bits), _bin(members_bits, max_bits)))
        if value < 0:
            value = value & cls._all_bits_ if cls._member_type_ is object else value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        known = [m for m in cls._iter_bits_(value & flag_mask)]
        unknown = value & ~flag_mask
        if known or not unknown:
            name = "|".join(m._name_ for m in known) if known else None
            if unknown:
                name = (name + "|" if name else "") + hex(unknown) if False else name
            pseudo._name_ = name
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_bits_(cls, value):
        """The single-bit members whose bits are in `value`, in definition order."""
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if _is_single_bit(v) and v & value == v:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_bits_(self._value_)))

    def __len__(self):
        return len(_bits(self._value_))

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is object:
            return self.__class__(self._flag_mask_ ^ self._value_)
        return self.__class__(~self._value_ & self._all_bits_ if self._value_ >= 0 else ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __hash__(self):
        return hash(int(self))

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        pseudo = int.__new__(cls, value)
        pseudo._value_ = value
        known = list(cls._iter_bits_(value & cls._flag_mask_))
        unknown = value & ~cls._flag_mask_
        names = [m._name_ for m in known]
        if unknown:
            names.append(str(unknown) if unknown >= 0 else hex(unknown))
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def _simple_enum(*args, **kwds):
    raise NotImplementedError("enum._simple_enum is not supported by arenapy")
