x: int
y: int = 1
obj.attr: str
obj[key]: str
def f(a: int) -> int:
    local: int
    other: int = a
    return other
