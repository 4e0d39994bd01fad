import operator

class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, {self.pos})"

class ParseError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(Token("NUM", float(text) if "." in text else int(text), start))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
            continue
        if src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
            continue
        if ch in "+-*/%(),=":
            tokens.append(Token("OP", ch, i))
            i += 1
            continue
        raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", None, len(src)))
    return tokens

BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul,
          "/": operator.truediv, "%": operator.mod, "**": operator.pow}

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.next()
        if tok.value != value:
            raise ParseError(f"expected {value!r}, got {tok.value!r} at {tok.pos}")
        return tok

    def parse(self):
        node = self.statement()
        if self.peek().kind != "EOF":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return node

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.pos + 1].value == "=":
            name = self.next().value
            self.next()
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            op = self.next().value
            node = ("bin", op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.next().value
            node = ("bin", op, node, self.unary())
        return node

    def unary(self):
        if self.peek().value == "-":
            self.next()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.next()
            return ("bin", "**", base, self.unary())
        return base

    def atom(self):
        tok = self.next()
        if tok.kind == "NUM":
            return ("num", tok.value)
        if tok.kind == "NAME":
            if self.peek().value == "(":
                self.next()
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return ("call", tok.value, args)
            return ("var", tok.value)
        if tok.value == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise ParseError(f"unexpected {tok.value!r} at {tok.pos}")

FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]!r}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "bin":
        _, op, l, r = node
        return BINOPS[op](evaluate(l, env), evaluate(r, env))
    if kind == "call":
        _, name, args = node
        return FUNCS[name](*[evaluate(a, env) for a in args])
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    raise ValueError(kind)

env = {}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 10",
    "y = x / 4",
    "x % 3 + y",
    "max(1, x, y * 10)",
    "sqrt(16) + abs(-3.5)",
    "7 / 0",
    "z + 1",
    "3 $ 4",
    "(1 + 2",
    "1 2",
    "min()",
    "2 ** -1",
    "10 % -3",
    "1.5 * 4",
]
for line in lines:
    try:
        tree = Parser(tokenize(line)).parse()
        result = evaluate(tree, env)
        print(f"{line:<22} => {result!r}")
    except ParseError as e:
        print(f"{line:<22} !! parse error: {e}")
    except ZeroDivisionError as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
    except (NameError, TypeError, ValueError) as e:
        print(f"{line:<22} !! {e.__class__.__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1 + 2.5")[:2])
print(Parser(tokenize("f(1, 2+3)")).parse())
