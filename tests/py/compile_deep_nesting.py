# Deeply nested expressions: CPython's compiler raises RecursionError, its
# parser MemoryError on very long prefix-operator runs; never a crash.
for src in ['-' * 2000 + '1', '-' * 3500 + '1', '-' * 8000 + '1', '-' * 100000 + '1',
            'not ' * 4000 + '1', 'not ' * 100000 + '1', '~' * 9000 + '1',
            '1' + '+1' * 5000, '1' + '+1' * 100000, 'a' + '.b' * 4000,
            'f' + '()' * 4000, '(' * 1000 + ')' * 1000, '[' * 300 + ']' * 300]:
    try:
        print(len(src), len(str(eval(src, {'a': 1, 'f': 1}))))
    except (RecursionError, MemoryError, SyntaxError, AttributeError, TypeError) as e:
        print(len(src), type(e).__name__, e)
# Source code strings cannot contain NUL bytes (SyntaxError in 3.11.7).
for f in (exec, eval):
    try:
        f('1\0')
    except SyntaxError as e:
        print(f.__name__, type(e).__name__, e)
