def catch(f):
    try:
        f()
    except LookupError as e:
        return "LookupError caught " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError caught " + type(e).__name__
    except Exception as e:
        return "Exception caught " + type(e).__name__
print(catch(lambda: {}["k"]))
print(catch(lambda: [][0]))
print(catch(lambda: 1 / 0))
print(catch(lambda: 10 ** 400 * 1.0))
print(catch(lambda: int("x")))
print(catch(lambda: undefined_name))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ValueError, Exception), issubclass(StopIteration, Exception), issubclass(AssertionError, Exception))
try:
    raise SystemExit(0)
except BaseException as e:
    print("BaseException catches SystemExit:", type(e).__name__, e.code)
