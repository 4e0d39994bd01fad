"""io: file objects over the native `_fileio` core, StringIO and BytesIO.

arenapy's own implementation. Text files decode and encode UTF-8 (or the
given encoding among utf-8, ascii, latin-1) and translate '\\r\\n' to '\\n'
when reading, like CPython's universal newlines.
"""

import _fileio

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return True


class _File(IOBase):
    def __init__(self, handle, name, mode):
        self._handle = handle
        self.name = name
        self.mode = mode
        self.closed = False

    def close(self):
        if not self.closed:
            self.closed = True
            _fileio.close(self._handle)

    def flush(self):
        self._check_open()
        _fileio.flush(self._handle)

    def readable(self):
        return "r" in self.mode or "+" in self.mode

    def writable(self):
        return "r" not in self.mode or "+" in self.mode

    def seek(self, pos, whence=0):
        self._check_open()
        return _fileio.seek(self._handle, pos)

    def tell(self):
        self._check_open()
        return _fileio.tell(self._handle)

    def _need(self, readable):
        self._check_open()
        if readable and not self.readable():
            raise UnsupportedOperation("not readable")
        if not readable and not self.writable():
            raise UnsupportedOperation("not writable")

    def __del__(self):
        self.close()


class TextIOWrapper(_File):
    def __init__(self, handle, name, mode, encoding):
        _File.__init__(self, handle, name, mode)
        self.encoding = encoding

    def read(self, size=-1):
        self._need(True)
        data = _fileio.read(self._handle, -1 if size is None or size < 0 else size)
        return data.decode(self.encoding).replace("\r\n", "\n")

    def readline(self, size=-1):
        self._need(True)
        line = _fileio.readline(self._handle).decode(self.encoding)
        if line.endswith("\r\n"):
            line = line[:-2] + "\n"
        return line

    def write(self, s):
        self._need(False)
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        _fileio.write(self._handle, s.encode(self.encoding))
        return len(s)

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)


class BufferedReader(_File):
    def read(self, size=-1):
        self._need(True)
        return _fileio.read(self._handle, -1 if size is None or size < 0 else size)

    def readline(self, size=-1):
        self._need(True)
        return _fileio.readline(self._handle)

    def write(self, data):
        self._need(False)

    def __repr__(self):
        return "<_io.BufferedReader name=%r>" % (self.name,)


class BufferedWriter(_File):
    def read(self, size=-1):
        self._need(True)

    def readline(self, size=-1):
        self._need(True)

    def write(self, data):
        self._need(False)
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _fileio.write(self._handle, bytes(data))

    def __repr__(self):
        return "<_io.BufferedWriter name=%r>" % (self.name,)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    for c in mode:
        if c not in "rwxabt+":
            raise ValueError("invalid mode: '%s'" % mode)
    kinds = [c for c in mode if c in "rwxa"]
    if len(kinds) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if "b" in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if "+" in mode:
        raise UnsupportedOperation("arenapy does not support '+' (update) file modes yet")
    if not isinstance(file, str):
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)
    base = kinds[0]
    handle = _fileio.open(file, base)
    if "b" in mode:
        if base == "r":
            return BufferedReader(handle, file, mode)
        return BufferedWriter(handle, file, mode)
    enc = (encoding or "utf-8").lower().replace("_", "-")
    if enc in ("utf8", "utf-8"):
        enc = "utf-8"
    return TextIOWrapper(handle, file, mode, enc)


class StringIO(IOBase):
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._chunks = [initial_value] if initial_value else []
        self._pos = 0
        self.closed = False

    def _value(self):
        if len(self._chunks) > 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0] if self._chunks else ""

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        total = sum(len(c) for c in self._chunks) if len(self._chunks) > 1 else len(self._value())
        if self._pos == total:
            self._chunks.append(s)
        else:
            v = self._value()
            if self._pos > len(v):
                v = v + "\0" * (self._pos - len(v))
            self._chunks = [v[: self._pos] + s + v[self._pos + len(s):]]
        self._pos += len(s)
        return len(s)

    def read(self, size=-1):
        self._check_open()
        v = self._value()
        if size is None or size < 0:
            end = len(v)
        else:
            end = min(len(v), self._pos + size)
        out = v[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_open()
        v = self._value()
        i = v.find("\n", self._pos)
        end = len(v) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = v[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        self._chunks = [self._value()[:size]]
        return size

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True


class BytesIO(IOBase):
    def __init__(self, initial_bytes=b""):
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._check_open()
        return self._buf

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        self._buf = self._buf[: self._pos] + b + self._buf[self._pos + len(b):]
        self._pos += len(b)
        return len(b)

    def read(self, size=-1):
        self._check_open()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_open()
        i = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if i < 0 else i + 1
        out = self._buf[self._pos:end]
        self._pos = end
        return out

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        else:
            self._pos = len(self._buf) + pos
        return self._pos

    def tell(self):
        return self._pos

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True
