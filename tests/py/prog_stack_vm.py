class VMError(Exception):
    pass

class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.pc = 0
        self.vars = {}
        self.output = []
        self.trace = trace
        self.steps = 0
        self.labels = {ins[1]: i for i, ins in enumerate(code) if ins[0] == "label"}
        self.call_stack = []

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()

    def run(self, max_steps=100000):
        dispatch = {
            "push": lambda a: self.stack.append(a),
            "load": lambda a: self.stack.append(self.vars[a]),
            "store": lambda a: self.vars.__setitem__(a, self.pop()),
            "add": lambda a: self.binop(lambda x, y: x + y),
            "sub": lambda a: self.binop(lambda x, y: x - y),
            "mul": lambda a: self.binop(lambda x, y: x * y),
            "div": lambda a: self.binop(lambda x, y: x // y),
            "mod": lambda a: self.binop(lambda x, y: x % y),
            "lt": lambda a: self.binop(lambda x, y: int(x < y)),
            "eq": lambda a: self.binop(lambda x, y: int(x == y)),
            "print": lambda a: self.output.append(str(self.pop())),
            "dup": lambda a: self.stack.append(self.stack[-1]),
            "swap": lambda a: self.stack.extend([self.pop(), self.pop()]),
            "label": lambda a: None,
        }
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step limit exceeded")
            op, *args = self.code[self.pc]
            arg = args[0] if args else None
            self.pc += 1
            if op == "jmp":
                self.pc = self.labels[arg]
            elif op == "jz":
                if self.pop() == 0:
                    self.pc = self.labels[arg]
            elif op == "call":
                self.call_stack.append(self.pc)
                self.pc = self.labels[arg]
            elif op == "ret":
                self.pc = self.call_stack.pop()
            elif op == "halt":
                break
            else:
                try:
                    dispatch[op](arg)
                except KeyError as e:
                    if op not in dispatch:
                        raise VMError(f"unknown op {op!r}") from None
                    raise VMError(f"undefined variable {e.args[0]!r}") from e
                except ZeroDivisionError:
                    raise VMError("division by zero")
        return self.output

    def binop(self, f):
        b = self.pop()
        a = self.pop()
        self.stack.append(f(a, b))

def assemble(text):
    code = []
    for lineno, line in enumerate(text.strip().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            code.append(("label", line[:-1]))
            continue
        parts = line.split()
        op = parts[0].lower()
        if len(parts) > 1:
            a = parts[1]
            try:
                a = int(a)
            except ValueError:
                pass
            code.append((op, a))
        else:
            code.append((op,))
    return code

FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    halt
"""
PRIMES = """
    push 2
    store i
outer:
    load i
    push 40
    lt
    jz done
    push 2
    store j
    push 1
    store isp
inner:
    load j
    load j
    mul
    load i
    swap
    lt          # i < j*j  -> exit
    push 0
    eq
    jz check_done
    load i
    load j
    mod
    jz notprime
    load j
    push 1
    add
    store j
    jmp inner
notprime:
    push 0
    store isp
check_done:
    load isp
    jz skip
    load i
    print
skip:
    load i
    push 1
    add
    store i
    jmp outer
done:
    halt
"""
SUB = """
    push 5
    call square
    print
    push 12
    call square
    print
    halt
square:
    dup
    mul
    ret
"""
for name, prog in [("fact", FACT), ("primes", PRIMES), ("sub", SUB)]:
    vm = VM(assemble(prog))
    out = vm.run()
    print(f"{name:>7}: {' '.join(out)}  ({vm.steps} steps, {len(vm.code)} instrs)")
for bad in ["push 1\nadd", "load x", "frob", "push 1\npush 0\ndiv", "l:\njmp l"]:
    try:
        VM(assemble(bad)).run(max_steps=500)
    except VMError as e:
        print(f"VMError: {e}; cause={type(e.__cause__).__name__ if e.__cause__ else None}; ctx={type(e.__context__).__name__ if e.__context__ else None}")
print(assemble("a:\npush -3 # c\n\nPRINT")[:3])
