# match inside loops, functions, generators, closures and classes.


def first_command(commands):
    for c in commands:
        match c.split():
            case []:
                continue
            case ["stop"]:
                break
            case ["say", *words]:
                print("say:", " ".join(words))
            case [verb, *_]:
                print("unknown verb", verb)
    else:
        print("no stop")


first_command(["", "say hello world", "jump high", "stop", "say never"])
first_command(["say once"])


def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/" as op:
                yield ("op", op)
            case w if w.isdigit():
                yield ("num", int(w))
            case w:
                yield ("name", w)


print(list(tokens("x + 12 * y")))


def make_matcher():
    matched = []

    def record(v):
        match v:
            case (key, value):
                matched.append(key)
                return lambda: f"{key}={value}"
        return None

    return record, matched


record, matched = make_matcher()
fns = [record(("a", 1)), record("no"), record(("b", 2))]
print([f() for f in fns if f], matched)


class Config:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, "level": level}:
            summary = f"{mode}:{level}"


print(Config.mode, Config.level, Config.summary)

# Nested match statements and walrus in guards.
def describe(pair):
    match pair:
        case (x, y) if (total := x + y) > 10:
            match total:
                case 11:
                    return "just over"
                case _:
                    return f"big {total}"
        case (x, y):
            return f"small {x + y}"


print(describe((5, 6)), describe((10, 10)), describe((1, 2)))

# try/except inside cases, and exceptions from guards.
def risky(v):
    match v:
        case [x] if 1 / x > 0:
            return "positive"
        case [x]:
            return "non-positive"


for v in [[2], [-1]]:
    print(risky(v))
try:
    risky([0])
except ZeroDivisionError as e:
    print("guard raised:", e)

# while loop with a match that decides to stop.
n = 0
while True:
    match n:
        case 3:
            break
        case _:
            n += 1
print("n", n)
