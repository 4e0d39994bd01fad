# The caret line under a binary operation whose left operand is
# parenthesized starts at the parenthesis and points at the operator.
import os
import traceback

here = os.path.dirname(__file__) + os.sep
a = 1
b = 0
for f in [lambda: [1, (a) % b], lambda: (a - 1) * 2 + (a / b), lambda: ((a)) + (b) - "x"]:
    try:
        f()
    except (ZeroDivisionError, TypeError):
        print(traceback.format_exc().replace(here, ""))
