"""Warnings (arenapy's own implementation of warnings): warn() prints
`file:line: Category: message` to stderr once per location, as CPython's
default filters do."""

import sys as _sys

_filters = []
_seen = set()


def formatwarning(message, category, filename, lineno, line=None):
    return f"{filename}:{lineno}: {category.__name__}: {message}\n"


def simplefilter(action, category=Warning, lineno=0, append=False):
    entry = (action, category)
    if append:
        _filters.append(entry)
    else:
        _filters.insert(0, entry)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    _filters.clear()


def _action_for(category):
    for action, cat in _filters:
        if issubclass(category, cat):
            return action
    if issubclass(category, DeprecationWarning):
        return 'ignore'
    return 'default'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    action = _action_for(category)
    if action == 'ignore':
        return
    if action == 'error':
        raise category(message) if not isinstance(message, Warning) else message
    filename = _sys.argv[0] if _sys.argv and _sys.argv[0] else '<string>'
    key = (str(message), category)
    if action in ('default', 'once', 'module') and key in _seen:
        return
    _seen.add(key)
    _sys.stderr.write(formatwarning(message, category, filename, '?'))


class catch_warnings:
    def __init__(self, *, record=False, **kwargs):
        self._record = record

    def __enter__(self):
        self._saved = list(_filters)
        return [] if self._record else None

    def __exit__(self, *exc):
        _filters[:] = self._saved
        return False
