"""re: regular expressions, on the Rust engine `_re` (fancy-regex).

Pattern and Match are ordinary heap objects made here; the compiled
program lives in Rust (see stdlib/re.rs). str patterns only.
"""
import _re

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [(TEMPLATE, 'TEMPLATE'), (IGNORECASE, 'IGNORECASE'), (LOCALE, 'LOCALE'),
               (MULTILINE, 'MULTILINE'), (DOTALL, 'DOTALL'), (UNICODE, 'UNICODE'),
               (VERBOSE, 'VERBOSE'), (DEBUG, 'DEBUG'), (ASCII, 'ASCII')]


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


PatternError = error


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        last = None
        best = -1
        for g in range(1, len(spans) // 2):
            e = spans[2 * g + 1]
            if spans[2 * g] >= 0 and e > best:
                best = e
                last = g
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, idx in pattern.groupindex.items():
                if idx == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
        else:
            try:
                g = g.__index__()
                if 0 <= g <= self.re.groups:
                    return g
            except AttributeError:
                pass
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self.re, template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self._get(0))


def _flags_repr(flags):
    flags &= ~UNICODE
    parts = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            parts.append('re.' + name)
            flags &= ~bit
    if flags:
        parts.append(hex(flags))
    return '|'.join(parts)


class Pattern:
    def __init__(self, pattern, flags):
        info = _re.compile(pattern, flags)
        if isinstance(info, str):
            raise error(info, pattern)
        self._handle, flags, self.groups, names = info
        if not flags & ASCII:
            flags |= UNICODE
        self.flags = flags
        self.pattern = pattern
        self.groupindex = {}
        for i in range(1, len(names)):
            if names[i] is not None:
                self.groupindex[names[i]] = i

    def __del__(self, _release=_re.release, _getattr=getattr):
        # The compiled program lives outside the heap: free it with its
        # owner. (Names bound as defaults: at exit the builtins may be gone.)
        h = _getattr(self, "_handle", None)
        if h is not None:
            _release(h)

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" %
                            type(string).__name__)
        if endpos is None:
            endpos = len(string)
        return pos, endpos

    def _do(self, string, pos, endpos, mode):
        pos, endpos = self._bounds(string, pos, endpos)
        spans = _re.match(self._handle, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, max(0, min(pos, len(string))),
                     max(0, min(endpos, len(string))), spans)

    def search(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        pos, endpos = self._bounds(string, pos, endpos)
        return _re.scan(self._handle, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        p, e = self._bounds(string, pos, endpos)
        for spans in self._scan(string, pos, endpos):
            yield Match(self, string, p, e, spans)

    def findall(self, string, pos=0, endpos=None):
        out = []
        groups = self.groups
        for sp in self._scan(string, pos, endpos):
            if groups == 0:
                out.append(string[sp[0]:sp[1]])
            elif groups == 1:
                out.append(string[sp[2]:sp[3]] if sp[2] >= 0 else '')
            else:
                out.append(tuple(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0 else ''
                                 for i in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        groups = self.groups
        for sp in self._scan(string, 0, None, maxsplit if maxsplit > 0 else 0):
            out.append(string[last:sp[0]])
            for i in range(1, groups + 1):
                out.append(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0 else None)
            last = sp[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            template = None
        else:
            template = _parse_template(self, repl)
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" %
                            type(string).__name__)
        parts = []
        last = 0
        n = 0
        for sp in _re.scan(self._handle, string, 0, len(string), count if count > 0 else 0):
            parts.append(string[last:sp[0]])
            if template is None:
                r = repl(Match(self, string, 0, len(string), sp))
                if r is not None:
                    parts.append(r)
            else:
                for item in template:
                    if isinstance(item, str):
                        parts.append(item)
                    elif sp[2 * item] >= 0:
                        parts.append(string[sp[2 * item]:sp[2 * item + 1]])
            last = sp[1]
            n += 1
        parts.append(string[last:])
        return ''.join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner")

    def __repr__(self):
        f = _flags_repr(self.flags)
        if f:
            return "re.compile(%r, %s)" % (self.pattern, f)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a',
            'b': '\b', '\\': '\\'}
_template_cache = {}


def _parse_template(pattern, repl):
    """A replacement template as a list of str pieces and group numbers."""
    key = (pattern.pattern, pattern.flags, repl)
    t = _template_cache.get(key)
    if t is not None:
        return t
    if not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    items = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern) at position %d" % i)
        d = repl[i + 1]
        if d == 'g':
            close = repl.find('>', i + 3)
            if i + 2 >= n or repl[i + 2] != '<':
                raise error("missing <, at position %d" % (i + 2))
            if close < 0:
                raise error("missing >, unterminated name at position %d" % (i + 3))
            name = repl[i + 3:close]
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d at position %d" % (g, i + 3))
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            else:
                if name.isidentifier():
                    raise IndexError("unknown group name '%s'" % name)
                raise error("bad character in group name '%s' at position %d" % (name, i + 3))
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(g)
            i = close + 1
        elif d.isdigit():
            j = i + 1
            if d == '0':
                k = j + 1
                while k < n and k < j + 3 and repl[k] in '01234567':
                    k += 1
                lit.append(chr(int(repl[j:k], 8)))
                i = k
                continue
            if (j + 2 < n + 0 and repl[j:j + 3].isdigit() and
                    all(ch in '01234567' for ch in repl[j:j + 3])):
                lit.append(chr(int(repl[j:j + 3], 8)))
                i = j + 3
                continue
            k = j + 1
            if k < n and repl[k].isdigit():
                k += 1
            g = int(repl[j:k])
            if g > pattern.groups:
                raise error("invalid group reference %d at position %d" % (g, j))
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(g)
            i = k
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s at position %d" % (d, i))
        else:
            lit.append('\\' + d)
            i += 2
    if lit:
        items.append(''.join(lit))
    if len(_template_cache) > 512:
        _template_cache.clear()
    _template_cache[key] = items
    return items


def _expand(pattern, template, m):
    out = []
    for item in _parse_template(pattern, template):
        if isinstance(item, str):
            out.append(item)
        else:
            out.append(m.group(item) or '')
    return ''.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise NotImplementedError("re: bytes patterns are not supported")
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()
    _template_cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    raise TypeError("re.escape: only str is supported")
