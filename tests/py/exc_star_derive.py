# except* with a derive() that raises or returns a non-group, and a group
# re-raised through 50 nested except* clauses.
class Bad(ExceptionGroup):
    def derive(self, excs):
        raise RuntimeError('no derive')
try:
    try:
        raise Bad('b', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('never')
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__context__))

class NotGroup(ExceptionGroup):
    def derive(self, excs):
        return ValueError('not a group')
try:
    try:
        raise NotGroup('b', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('never')
except TypeError as e:
    print('TypeError', e)

import sys
def deep(n):
    if n == 0:
        raise ExceptionGroup('leaf', [ValueError(n)])
    try:
        deep(n - 1)
    except* ValueError as e:
        raise
try:
    deep(50)
except ExceptionGroup as g:
    print(repr(g))
