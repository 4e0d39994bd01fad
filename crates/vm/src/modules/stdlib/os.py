"""Operating-system interface (arenapy's own, minimal implementation of os)."""

import _os

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
linesep = '\n'
devnull = '/dev/null'
environ = _os.environ
getcwd = _os.getcwd
getpid = _os.getpid
listdir = _os.listdir
remove = _os.remove
unlink = _os.remove
rmdir = _os.rmdir
mkdir = _os.mkdir
rename = _os.rename


def getenv(key, default=None):
    return environ.get(key, default)


def cpu_count():
    return 1


import os.path as path
