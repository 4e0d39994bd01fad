"""PEP 563: under `from __future__ import annotations` annotations are kept
as their source text and never evaluated."""
from __future__ import annotations

import __future__


def f(x: Undefined, *args: list[int], y: "quoted" = 3, **kw: dict[str, Node]) -> Result:
    return x


class Node:
    value: Missing.attr
    child: Node | None = None
    other = [0]
    other[0]: Unknown = 1


print(f(1), f.__annotations__)
print(Node.__annotations__)
print(__annotations__ if "__annotations__" in dir() else None)
print(__future__.annotations, __future__.annotations.getOptionalRelease())
print(__future__.all_feature_names[-1], __future__.division.compiler_flag)
total: Some[Thing] = 42
print(total, __annotations__)
