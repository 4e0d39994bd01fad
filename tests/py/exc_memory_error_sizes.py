# Sizes no machine can give are MemoryError (or CPython's OverflowError)
# before anything is built: the interpreter must survive every one of them
# and go on working.
CASES = [
    "(1,) * 2**61",
    "(1, 2) * 2**59",
    "[0] * 2**60",
    "[0, 1] * 2**59",
    "[None] * 2**59",
    "'a' * 2**62",
    "'ab' * 2**62",
    "b'ab' * 2**62",
    "b'a' * 2**62",
    "'a'.zfill(2**62)",
    "'ab'.ljust(2**62)",
    "'ab'.rjust(2**62, 'x')",
    "'ab'.center(2**62, 'é')",
    "bytes(2**62)",
    "bytes(2**63 - 1)",
    "'%*d' % (2**62, 1)",
    "'%-*s' % (2**62, 'a')",
    "'%.*d' % (2**40, 1)",
    "'%.*f' % (2**40, 1.0)",
    "'%.3000000000f' % 1.0",
    "'%99999999999999999999d' % 1",
    "format(1, '4611686018427387904d')",
    "format('a', '<4611686018427387904')",
    "format(1.5, '4611686018427387904')",
    "f'{1:>4611686018427387904}'",
    "'{:4611686018427387904}'.format(2)",
    "list(range(2**59))",
    "tuple(range(2**59))",
    "[*range(2**59)]",
    "list(range(2**61))",
    "(1).to_bytes(2**62, 'big')",
    "'a\\tb'.expandtabs(2**62)",
    "'a\\tb'.expandtabs(2**70)",
]
x = [1, 2]
for src in CASES:
    try:
        eval(src)
        print(src, "-> built?")
    except (MemoryError, OverflowError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
try:
    x *= 2**60
except MemoryError as e:
    print("x *= 2**60 ->", type(e).__name__, e, x)
print("still alive", len("a" * 1000), [0] * 3)
