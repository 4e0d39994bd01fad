# (found by scripts/fuzz-diff, seed g5) the error messages name the C types of
# the types module by their dotted name; variable-size built-ins take no slots.
for e in ["list[int] | 's'", "3 | (int | str)", "len(int | str)", "(int | str)()"]:
    try:
        print(eval(e))
    except TypeError as ex:
        print(e, '!', ex)
for base in ["int", "bytes", "tuple", "str", "list", "float"]:
    for slots in ["('__dict__',)", "('a',)", "()"]:
        try:
            exec(f"class Sub({base}):\n    __slots__ = {slots}")
            print(base, slots, 'ok')
        except TypeError as ex:
            print(base, slots, '!', ex)
