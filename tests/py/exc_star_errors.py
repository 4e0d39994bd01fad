# except* errors: group classes and non-exception classes in a clause
# (TypeError at run time), and the SyntaxErrors of the compiler and parser.


def check(cls):
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* cls:
            print('  never')
    except TypeError as e:
        print(' ', getattr(cls, '__name__', cls), '->', e)
    except ExceptionGroup as e:
        print(' ', getattr(cls, '__name__', cls), 'escaped', repr(e))


for cls in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 3)):
    check(cls)


class MyGroup(ExceptionGroup):
    pass


check(MyGroup)


def naked_check():
    # Even a naked exception: the clause's type is checked first.
    try:
        try:
            raise ValueError(1)
        except* ExceptionGroup:
            pass
    except TypeError as e:
        print('  naked:', e, '| context:', repr(e.__context__))


naked_check()


def not_reached():
    # A clause's type is only evaluated when it is reached.
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* ValueError:
            print('  first clause')
        except* ExceptionGroup:
            print('  never')
    except TypeError as e:
        print('  second clause:', e)


not_reached()

sources = [
    'try:\n    pass\nexcept*:\n    pass\n',
    'try:\n    pass\nexcept*\n    pass\n',
    'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
    'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
    'for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n',
    'for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return\n',
    'def f():\n    for i in x:\n        try:\n            pass\n        except* ValueError:\n            try:\n                pass\n            finally:\n                break\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        for i in x:\n            break\n        while y:\n            continue\n        def g():\n            return 1\n        class A:\n            pass\n',
    'try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
    'try:\n    pass\nexcept *ValueError:\n    pass\n',
]
for src in sources:
    try:
        exec(src, {})
        print('ok')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset)
