# An uncaught group left by except*: the unmatched rest and what a clause
# raised, as one new group.
def work(n):
    raise [ValueError, TypeError, KeyError][n % 3](n)


def run():
    errors = []
    for i in range(4):
        try:
            work(i)
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup('batch', errors)
    except* ValueError as e:
        print('values:', repr(e))
        raise RuntimeError('giving up')
    except* KeyError as e:
        print('keys:', repr(e))


run()
