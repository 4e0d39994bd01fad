import sys
import _imp_helper
import _imp_helper as h2
from _imp_helper import f, X
print(_imp_helper.X, f(), X, h2 is _imp_helper, _imp_helper.C.__module__, _imp_helper.__name__)
import _imp_pkg.sub
print(_imp_pkg.A, _imp_pkg.sub.B)
from _imp_pkg.sub import B
from _imp_pkg import sub
print(B, sub.B, sub is _imp_pkg.sub)
import _imp_cycle_a
print(_imp_cycle_a.VALUE)
print('_imp_helper' in sys.modules, __name__)
for stmt in ["import nothere", "from _imp_helper import nope", "import _imp_helper.x"]:
    try:
        if stmt == "import nothere":
            import nothere
        elif stmt == "from _imp_helper import nope":
            from _imp_helper import nope
        else:
            import _imp_helper.x
    except ImportError as e:
        print(type(e).__name__, str(e).replace(sys.path[0], 'DIR'))
print(repr(_imp_helper).replace(sys.path[0], 'DIR'))
if __name__ == "__main__":
    print("main")
