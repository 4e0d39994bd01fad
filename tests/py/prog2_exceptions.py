import sys


class AppError(Exception):
    """Base for app errors."""

    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class ConfigError(AppError):
    pass


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", code=2)
        self.field = field


class RetryableError(AppError):
    attempts = 0


def parse_config(lines):
    cfg = {}
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            raise ConfigError(f"line {n}: expected key=value, got {line!r}")
        key, _, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not key.isidentifier():
            raise ValidationError(key, "not an identifier")
        try:
            cfg[key] = int(value)
        except ValueError:
            try:
                cfg[key] = float(value)
            except ValueError as exc:
                if value.lower() in ("true", "false"):
                    cfg[key] = value.lower() == "true"
                elif value.startswith('"') and value.endswith('"'):
                    cfg[key] = value[1:-1]
                else:
                    raise ValidationError(key, f"bad value {value!r}") from exc
    return cfg


def flaky(state):
    state["calls"] += 1
    if state["calls"] < 3:
        raise RetryableError(f"attempt {state['calls']} failed", code=9)
    return "ok after %d" % state["calls"]


def retry(fn, *args, tries=5, **kwargs):
    last = None
    for attempt in range(tries):
        try:
            return fn(*args, **kwargs)
        except RetryableError as e:
            last = e
            print("  retrying:", e)
            continue
        finally:
            print("  attempt", attempt, "done")
    raise AppError("gave up") from last


def main():
    good = ["# comment", "name = \"demo\"", "port=8080", "ratio = 0.75", "debug = True", ""]
    print(parse_config(good))
    for bad in (["novalue"], ["1x = 3"], ["k = what"]):
        try:
            parse_config(bad)
        except ValidationError as e:
            print(type(e).__name__, e, e.field, e.code, repr(e.__cause__))
        except AppError as e:
            print(type(e).__name__, e, e.args)
    print(retry(flaky, {"calls": 0}))
    try:
        retry(flaky, {"calls": -10}, tries=2)
    except AppError as e:
        print("final:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("during")
    except ValueError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
    try:
        raise TypeError("no context") from None
    except TypeError as e:
        print(e.__suppress_context__, e.__cause__)
    errors = []
    for val in ["1", "x", None, "3.5", [1]]:
        try:
            errors.append(int(val))
        except (TypeError, ValueError) as e:
            errors.append(type(e).__name__ + ": " + str(e))
    print(*errors, sep="\n")
    e = AppError("x", 5)
    print(isinstance(e, Exception), e.args, str(e), repr(e))
    print(issubclass(ValidationError, AppError), ValidationError.__mro__[2].__name__)
    try:
        raise ExceptionGroupLike()
    except NameError as e:
        print("NameError:", e)
    try:
        assert 1 + 1 == 3, "math is broken"
    except AssertionError as e:
        print("assert:", e)
    try:
        [].pop()
    except IndexError as e:
        print(e)
    try:
        {}.popitem()
    except KeyError as e:
        print(repr(e))
    try:
        "abc".index("z")
    except ValueError as e:
        print(e)
    try:
        x = undefined_thing
    except NameError as e:
        print(e)
    try:
        None.attr
    except AttributeError as e:
        print(e)
    try:
        int("12", base=1)
    except ValueError as e:
        print(e)
    code = 0
    try:
        parse_config(["oops"])
    except ConfigError as e:
        code = e.code
        print("exiting with", code, file=sys.stderr)
    raise ValidationError("final", "uncaught")


if __name__ == "__main__":
    main()
