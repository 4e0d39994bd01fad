match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", ("north" | "south") as direction, *_]:
        pass
    case Point(x=0, y=y) if y > 0:
        pass
    case Point(1, _, z=-2.5):
        pass
    case {"k": [1, 2], **rest}:
        pass
    case {Color.RED: None, 1 - 2j: True}:
        pass
    case (a, b) | [b, a]:
        pass
    case ():
        pass
    case a.b.c:
        pass
    case "s" "t" | b"x":
        pass
    case _:
        pass
match x, *y:
    case a, *rest:
        pass
match = case = 1
match(x)
match[0] = 1
print(match, case.x)
match (a, b):
    case (1, 2): pass
match (
    a,
    b,
):
    case [x, y] if x: pass
match -a:
    case -1: pass
match: int = 3
match.x = 1
match -a
match(a, b)
case(1)
x = [match for match in range(3)]
