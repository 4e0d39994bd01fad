# PEP 562: a module's __getattr__ answers for the names it lacks, for
# attribute access, getattr with a default, hasattr and from-imports.
import sys
import types

m = types.ModuleType("lazy")


def _getattr(name):
    if name.startswith("x"):
        return name.upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")


m.__getattr__ = _getattr
m.real = 1
sys.modules["lazy"] = m
print(m.real, m.xyz, getattr(m, "xa", None), getattr(m, "nope", "default"), hasattr(m, "nope"))
from lazy import xq
print(xq)
try:
    from lazy import nope
except ImportError as e:
    print("ImportError", e)
try:
    m.nope
except AttributeError as e:
    print("AttributeError", e)
