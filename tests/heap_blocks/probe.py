# Blocks taken by 2,000 objects of one kind: sys._debugmallocstats() before
# and after making them (the test compares the per-size-class changes).
import sys
import types
import weakref


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class MyError(Exception):
    pass


def gen_empty():
    yield 1


def gen_locals(a, b, c):
    x = a + b
    yield x


def instance_dict(i):
    # The split dict takes over the values array: one more block (the
    # dict object), none for keys.
    p = Point(None, None)
    p.__dict__
    return p


def instance_dict_new_name(i):
    # A name stored through the split dict joins the class's keys, so
    # later instances get a values array of 4 (48 bytes).
    p = Point(None, None)
    p.__dict__["z"] = None
    return p


class List(list):
    pass


class Dict(dict):
    pass


class Int(int):
    pass


class Tuple(tuple):
    pass


class Float(float):
    pass


class Str(str):
    pass


def list_subclass_attr(i):
    # The first store makes a split dict over the class's shared keys:
    # the dict (64) and a values array of their usable size (30: 272).
    x = List()
    x.a = None
    return x


def class_statement(i):
    class C:
        pass
    return C


def wrapped(a):
    "doc"


SHARED_DICT = {"a": 1}
REFERENT = Point(None, None)


def callback(r):
    pass

SHARED_LIST = [1]
E_ACUTE = "\u00e9"
SMILE = "\U0001F600"


def exception_traceback(i):
    # The traceback (64) refers to the frame's object (192: 136 and the
    # code's two locals and stack of four), made as the exception is
    # raised; once the function returns it keeps the frame's `i` (32).
    try:
        1 / 0
    except Exception as e:
        return e


def raiser():
    raise ValueError


def exception_traceback_two_frames(i):
    try:
        raiser()
    except Exception as e:
        return e


KINDS = {
    "empty_dict": lambda i: {},
    "dict_5_str": lambda i: {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5},
    "dict_6_str": lambda i: {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6},
    "dict_5_int": lambda i: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5},
    "instance_2_attrs": lambda i: Point(None, None),
    "slots_2": lambda i: Slots(None, None),
    "instance_dict": instance_dict,
    "instance_dict_new_name": instance_dict_new_name,
    "staticmethod": lambda i: staticmethod(wrapped),
    "classmethod": lambda i: classmethod(wrapped),
    "zip": lambda i: zip(SHARED_LIST, SHARED_LIST),
    "module": lambda i: types.ModuleType("m"),
    "dict_keys_iter": lambda i: iter(SHARED_DICT),
    "dict_items_iter": lambda i: iter(SHARED_DICT.items()),
    "set_iter": lambda i: iter({1}),
    "enumerate": lambda i: enumerate(SHARED_LIST),
    "exception": lambda i: ValueError(None),
    "oserror": lambda i: OSError(None, None),
    "stop_iteration": lambda i: StopIteration(None),
    "syntax_error": lambda i: SyntaxError(None),
    "exception_subclass": lambda i: MyError(None),
    "generator": lambda i: gen_empty(),
    "generator_locals": lambda i: gen_locals(None, None, None),
    "genexpr": lambda i: (x for x in SHARED_LIST),
    "class_statement": class_statement,
    # A callback makes a new reference each time (a plain one is shared).
    "weakref": lambda i: weakref.ref(REFERENT, callback),
    "keyed_ref": lambda i: weakref.KeyedRef(REFERENT, callback, None),
    "simple_namespace": lambda i: types.SimpleNamespace(),
    "range_beyond_words": lambda i: range(2**70 + i),
    "list_subclass": lambda i: List(),
    "list_subclass_attr": list_subclass_attr,
    "dict_subclass": lambda i: Dict(),
    "int_subclass": lambda i: Int(i + 1000),
    "tuple_subclass": lambda i: Tuple((None, None)),
    "float_subclass": lambda i: Float(1.5),
    "exception_traceback": exception_traceback,
    "exception_traceback_two_frames": exception_traceback_two_frames,
    "range_1000": lambda i: range(1000),
    "str_latin1": lambda i: E_ACUTE * 10,
    "str_subclass": lambda i: Str("abc"),
    "str_astral": lambda i: SMILE * 5,
    "str_latin1_join": lambda i: "".join([E_ACUTE, "a", E_ACUTE]),
    "range_new_stop": lambda i: range(i + 1000),
}
make = KINDS[sys.argv[1]]
# Warm up: the class's shared keys settle (each new instance takes one
# from their usable count), free lists fill.
warm = [make(i) for i in range(100)]
keep = []
sys._debugmallocstats()
keep = [make(i) for i in range(2000)]
sys._debugmallocstats()
