"""A tiny stack-machine assembler and interpreter."""
import sys
from typing import List, Dict, Union, Callable

Instr = tuple

SOURCE = """
; compute factorials and a gcd
    push 1
    store acc
    push 1
    store i
loop:
    load i
    push 8
    gt
    jmpif done
    load acc
    load i
    mul
    store acc
    load acc
    print
    load i
    push 1
    add
    store i
    jmp loop
done:
    push 1071
    push 462
    call gcd
    print
    halt
gcd:
    dup2
    mod
    dup
    jmpif gcd_rec
    pop
    swap
    pop
    ret
gcd_rec:
    rot
    pop
    jmp gcd
"""


class VMError(Exception):
    pass


def assemble(src: str):
    labels: Dict[str, int] = {}
    code: List[Instr] = []
    for raw in src.splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, *args))
    resolved = []
    for op, *args in code:
        if op in ("jmp", "jmpif", "call"):
            if args[0] not in labels:
                raise VMError(f"unknown label {args[0]!r}")
            args = [labels[args[0]]]
        elif op == "push":
            args = [int(args[0])]
        resolved.append((op, *args))
    return resolved, labels


BINOPS: Dict[str, Callable[[int, int], Union[int, bool]]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "mod": lambda a, b: a % b,
    "gt": lambda a, b: a > b,
    "lt": lambda a, b: a < b,
}


def run(code, trace=False, limit=10_000):
    stack: List[int] = []
    frames: List[int] = []
    env: Dict[str, int] = {}
    pc = steps = 0
    out = []
    while True:
        steps += 1
        if steps > limit:
            raise VMError(f"step limit {limit} exceeded at pc={pc}")
        op, *args = code[pc]
        pc += 1
        if trace:
            print(f"  {pc - 1:3d} {op:<7} {stack}")
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "dup2":
            stack.extend(stack[-2:])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "rot":
            a, b, c = stack[-3:]
            stack[-3:] = [b, c, a]
        elif op in BINOPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(int(BINOPS[op](a, b)))
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "load":
            try:
                stack.append(env[args[0]])
            except KeyError:
                raise VMError(f"undefined variable {args[0]}") from None
        elif op == "jmp":
            pc = args[0]
        elif op == "jmpif":
            if stack.pop():
                pc = args[0]
        elif op == "call":
            frames.append(pc)
            pc = args[0]
        elif op == "ret":
            pc = frames.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, steps
        else:
            raise VMError(f"bad opcode {op!r}")


def main():
    code, labels = assemble(SOURCE)
    print(len(code), "instructions;", ", ".join(f"{k}@{v}" for k, v in sorted(labels.items(), key=lambda kv: kv[1])))
    out, steps = run(code)
    print(out, steps)
    small, _ = assemble("push 2\npush 3\nadd\nprint\nhalt")
    print(run(small, trace=True))
    for bad in ["jmp nowhere", "load x\nhalt", "frob\nhalt", "l:\njmp l"]:
        try:
            c, _ = assemble(bad)
            run(c, limit=50)
        except VMError as e:
            print("VMError:", e)
        except IndexError as e:
            print("IndexError:", e)
    sys.setrecursionlimit(200)

    def deep(n):
        return 0 if n == 0 else 1 + deep(n - 1)
    try:
        deep(10_000)
    except RecursionError as e:
        print("RecursionError:", e)
    print(deep(100))


main()
