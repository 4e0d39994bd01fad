class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class ValidationError(ValueError):
    pass
try:
    raise MyError("plain custom")
except MyError as e:
    print(type(e).__name__, e, e.args)
try:
    raise DetailedError(404, "not found")
except MyError as e:
    print(type(e).__name__, e, e.code, repr(e.args))
try:
    raise ValidationError("invalid")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
print(issubclass(DetailedError, Exception), isinstance(DetailedError(1, "x"), MyError))
def check(x):
    if x < 0:
        raise ValidationError(f"negative: {x}")
    return x
for v in [1, -1]:
    try:
        print(check(v))
    except ValidationError as e:
        print("error:", e)
