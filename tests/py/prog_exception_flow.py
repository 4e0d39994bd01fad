class AppError(Exception):
    code = 1
class ConfigError(AppError):
    code = 2
    def __init__(self, key, msg="bad config"):
        super().__init__(key, msg)
        self.key = key
    def __str__(self):
        return f"[{self.key}] {self.args[1]}"
class NetError(AppError):
    pass

def risky(n):
    if n == 0: raise ConfigError("port")
    if n == 1: raise NetError("timeout", 30)
    if n == 2: return 1 / 0
    if n == 3: return [][1]
    if n == 4: return {}["k"]
    if n == 5: return int("x")
    if n == 6: return None.foo
    if n == 7: raise AppError()
    return n

for i in range(9):
    try:
        r = risky(i)
    except ConfigError as e:
        print(i, "config", e, e.key, e.args, e.code, repr(e))
    except AppError as e:
        print(i, "app", type(e).__name__, e, e.args, repr(e), e.code)
    except (ZeroDivisionError, IndexError) as e:
        print(i, "arith/index", repr(e))
    except LookupError as e:
        print(i, "lookup", repr(e), str(e))
    except Exception as e:
        print(i, "other", type(e).__name__, e)
    else:
        print(i, "ok", r)
    finally:
        print(i, "finally")

def wrap():
    try:
        risky(2)
    except ZeroDivisionError as e:
        raise AppError("wrapped") from e

try:
    wrap()
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

def ctx():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("during handling")
try:
    ctx()
except ValueError as e:
    print(repr(e.__context__), e.__cause__)

def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
                out.append(f"body{i}")
            finally:
                out.append(f"inner{i}")
        finally:
            out.append(f"outer{i}")
    return out
print(nested_finally())

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_finally())

def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging")
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)

class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.fail
with Resource("a") as ra, Resource("b", fail=True) as rb:
    print("inside", ra.name, rb.name)
    raise RuntimeError("suppressed by b")
print("after with")
try:
    with Resource("c"):
        raise RuntimeError("not suppressed")
except RuntimeError as e:
    print("got", e)

errors = []
for val in ["1", "2.5", "abc", None, "7"]:
    try:
        errors.append(int(val))
    except ValueError as e:
        errors.append(str(e))
    except TypeError as e:
        errors.append(str(e))
print(errors)
try:
    raise ExceptionGroup if False else TypeError("x", 1, [2])
except TypeError as e:
    print(e, e.args)
e = ValueError("a", "b")
print(str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("only")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(isinstance(ConfigError("x"), AppError), issubclass(NetError, Exception), ConfigError.__mro__[1:3])
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    try:
        raise ValueError(1)
    finally:
        print("cleanup before propagate")
except ValueError as e:
    print("outer got", e)
def gen_exc():
    try:
        yield 1
        raise StopIteration
    except StopIteration:
        yield "caught stopiter"
print(list(gen_exc()))
try:
    raise AppError("x") from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__)
import sys
try:
    1/0
except:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
class Err(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
try:
    raise Err(1, 2)
except Err as e:
    print(e.args, str(e), e.a)
def deep(n):
    if n == 0:
        raise RecursionError("manual")
    return deep(n - 1)
try:
    deep(50)
except RecursionError as e:
    print("rec", e)
raise ConfigError("final", "fatal config")
