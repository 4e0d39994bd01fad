"""Writes crates/vm/src/objects/function/signature_table.rs: the argument
signature of every built-in arenapy has, as CPython 3.11 declares it.

Run under CPython 3.11 with the output of `arenapy scripts/signatures/names.py`
on stdin (one `owner name` a line):

    target/release/arenapy scripts/signatures/names.py \
        | python3.11 scripts/signatures/generate.py \
        > crates/vm/src/objects/function/signature_table.rs

The flavour of each built-in (METH_NOARGS, METH_O, Argument Clinic
positional-only, old-style PyArg_ParseTuple, or keywords) is read from the
errors CPython itself raises for a call with too many arguments and with an
unknown keyword; the parameter names and defaults from its text signature.
Dunders are left out: they are slot wrappers with messages of their own.
"""
import inspect
import math
import re
import sys
import gc

SAMPLES = {
    "str": "a", "bytes": b"a", "bytearray": bytearray(b"a"), "complex": 1j, "list": [], "tuple": (), "dict": {}, "set": set(),
    "frozenset": frozenset(), "int": 1, "float": 1.0, "bool": True, "range": range(1),
    "slice": slice(1), "object": object(), "type": int, "BaseException": BaseException(),
    "property": property(),
}
MODULES = {"math": math, "sys": sys, "gc": gc}
# Built-in functions whose checks are written by hand in CPython (or that
# would run for real when probed): their flavour is given here.
BUILTINS = {
    "len": "O", "repr": "O", "abs": "O", "any": "O", "all": "O", "ord": "O", "chr": "O",
    "hex": "O", "bin": "O", "oct": "O", "hash": "O", "id": "O", "callable": "O",
    "ascii": "O", "globals": "NoArgs",
    "divmod": "Pos(2, 2)", "isinstance": "Pos(2, 2)", "issubclass": "Pos(2, 2)",
    "getattr": "Pos(2, 3)", "setattr": "Pos(3, 3)", "hasattr": "Pos(2, 2)",
    "delattr": "Pos(2, 2)", "vars": "Pos(0, 1)", "dir": "Pos(0, 1)",
    "format": "Pos(1, 2)", "input": "Pos(0, 1)", "iter": "Pos(1, 2)", "next": "Pos(1, 2)",
    "pow": 'Kw { posonly: 0, minpos: 2, maxpos: 3, names: &["base", "exp", "mod"] }',
    "round": 'Kw { posonly: 0, minpos: 1, maxpos: 2, names: &["number", "ndigits"] }',
    "sum": 'Kw { posonly: 1, minpos: 1, maxpos: 2, names: &["start"] }',
    "exec": 'Kw { posonly: 3, minpos: 1, maxpos: 3, names: &["closure"] }',
    "open": ('Kw { posonly: 0, minpos: 1, maxpos: 8, names: &["file", "mode", "buffering", '
             '"encoding", "errors", "newline", "closefd", "opener"] }'),
    "print": 'Star { min: 0, names: &["sep", "end", "file", "flush"] }',
    "min": 'Star { min: 1, names: &["key", "default"] }',
    "max": 'Star { min: 1, names: &["key", "default"] }',
}

# Methods whose text signature inspect cannot read (`bytes.hex`'s `sep` has
# no representable default) or whose probe with an unknown keyword stops
# at a missing required argument first (`int.from_bytes`).
METHODS = {
    ("bytes", "hex"): 'Kw { posonly: 0, minpos: 0, maxpos: 2, names: &["sep", "bytes_per_sep"] }',
    ("bytearray", "hex"): 'Kw { posonly: 0, minpos: 0, maxpos: 2, names: &["sep", "bytes_per_sep"] }',
    ("bytes", "translate"): 'Kw { posonly: 1, minpos: 1, maxpos: 2, names: &["delete"] }',
    ("bytearray", "translate"): 'Kw { posonly: 1, minpos: 1, maxpos: 2, names: &["delete"] }',
    ("int", "from_bytes"): 'Kw { posonly: 0, minpos: 1, maxpos: 2, names: &["bytes", "byteorder", "signed"] }',
    ("math", "isclose"): 'Kw { posonly: 0, minpos: 2, maxpos: 2, names: &["a", "b", "rel_tol", "abs_tol"] }',
}


def probe(f):
    try:
        f(*[None] * 10)
        many = None
    except BaseException as e:  # noqa: BLE001
        many = str(e)
    try:
        f(zzz=1)
        kw = None
    except BaseException as e:  # noqa: BLE001
        kw = str(e)
    return many, kw


def classify(f, name):
    many, kw = probe(f)
    if kw is None:
        return None
    if many is None:
        many = ""
    if "takes no arguments (10 given)" in many:
        return "NoArgs"
    if "takes exactly one argument (10 given)" in many:
        return "O"
    try:
        sig = inspect.signature(f)
        params = list(sig.parameters.values())
    except (ValueError, TypeError):
        params = None
    if "takes no keyword arguments" in kw:
        m = re.search(r"expected (at most |at least |)(\d+) arguments?, got 10", many)
        old = re.search(r"takes (at most|exactly) (\d+) arguments? \(10 given\)", many)
        if m:
            mx = int(m.group(2))
            mn = mx if not m.group(1) else None
        elif old:
            mx = int(old.group(2))
            mn = mx if old.group(1) == "exactly" else None
        else:
            # Any number of positional arguments (`set.union(*others)`):
            # METH_VARARGS names itself bare when called bound, as the
            # probe is; METH_FASTCALL by its qualified name.
            return "VarNoKw" if kw.startswith(f"{name}()") else "NoKw"
        if mn is None:
            mn = min_by_call(f)
            if mn is None:
                return None
        return f"{'Pos' if m else 'Old'}({mn}, {mx})"
    if f"'zzz' is an invalid keyword argument for {name}()" in kw and params is not None:
        posonly = sum(1 for p in params if p.kind == p.POSITIONAL_ONLY)
        if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
            return None
        pos = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        minpos = sum(1 for p in pos if p.default is p.empty)
        names = [p.name for p in params if p.kind != p.POSITIONAL_ONLY]
        if any(p.kind == p.KEYWORD_ONLY and p.default is p.empty for p in params):
            return None
        quoted = ", ".join(f'"{n}"' for n in names)
        return (f"Kw {{ posonly: {posonly}, minpos: {minpos}, maxpos: {len(pos)}, "
                f"names: &[{quoted}] }}")
    return None


def min_by_call(f):
    try:
        f()
        return 0
    except BaseException as e:  # noqa: BLE001
        m = re.search(r"takes (at least|exactly) (\d+) arguments? \(0 given\)", str(e))
        if m is None:
            m = re.search(r"expected (at least |)(\d+) arguments?, got 0", str(e))
        return int(m.group(2)) if m else 0


def main():
    rows = {}
    for line in sys.stdin:
        parts = line.split()
        if len(parts) != 2:
            continue
        owner, name = parts
        if name.startswith("__"):
            continue
        if owner == "builtins":
            if name in BUILTINS:
                rows[(owner, name)] = BUILTINS[name]
            continue
        if owner in MODULES:
            f = getattr(MODULES[owner], name, None)
            if f is None or name in ("exit", "setrecursionlimit", "settrace", "setprofile",
                                     "intern", "breakpointhook",
                                     "displayhook", "excepthook", "unraisablehook"):
                continue
            sig = METHODS.get((owner, name)) or classify(f, name)
        else:
            sample = SAMPLES.get(owner)
            descr = getattr(type(sample) if owner != "type" else type, name, None)
            if descr is None or not callable(descr):
                continue
            owner_cls = getattr(descr, "__objclass__", None)
            if owner_cls is not None:
                owner = owner_cls.__name__
            if owner not in SAMPLES:
                continue
            bound = getattr(SAMPLES[owner] if owner != "type" else int, name)
            sig = METHODS.get((owner, name)) or classify(bound, name)
        if sig is not None:
            rows[(owner, name)] = sig
    print("//! Generated by scripts/signatures/generate.py under CPython 3.11: the")
    print("//! argument signature of each built-in, keyed by its owner and name.")
    print("//! Do not edit by hand; regenerate it.")
    print()
    print("use super::signature::Sig;")
    print()
    print("/// CPython 3.11's signature of each built-in `owner.name`, sorted by")
    print("/// owner and name (looked up by binary search).")
    print("pub(super) static TABLE: &[(&str, &str, Sig)] = &[")
    for (owner, name), sig in sorted(rows.items()):
        print(f'    ("{owner}", "{name}", Sig::{sig}),')
    print("];")


main()
