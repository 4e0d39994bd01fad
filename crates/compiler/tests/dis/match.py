def literals(x):
    match x:
        case 0 | -1:
            return "small"
        case None:
            return "none"
        case Color.RED:
            return "red"
        case y if y > 10:
            return y
        case _:
            return "other"


def sequences(x):
    match x:
        case [a, b]:
            return a + b
        case [first, *_, last]:
            return first, last
        case (h, *t):
            return h, t


def mappings(x):
    match x:
        case {"k": v, **rest}:
            return v, rest
        case {}:
            return None


def classes(x):
    match x:
        case Point(0, y=y) as p:
            return p, y
        case int() | str():
            return x
        case [a, 1] | [1, a]:
            return a
