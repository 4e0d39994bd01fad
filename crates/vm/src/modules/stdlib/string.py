"""String constants (arenapy's own implementation of string)."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """`$name`, `${name}` and `$$` substitution (without the `re` module)."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = k < n and s[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and (s[end] == '_' or (s[end].isascii() and s[end].isalpha())):
                end += 1
                while end < n and (s[end] == '_' or (s[end].isascii() and s[end].isalnum())):
                    end += 1
            name = s[start:end]
            if name and (not braced or (end < n and s[end] == '}')):
                stop = end + 1 if braced else end
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(s[j:stop])
                else:
                    raise KeyError(name)
                i = stop
                continue
            if safe:
                out.append(d)
                i = k
                continue
            lineno = s.count('\n', 0, j) + 1
            col = j - (s.rfind('\n', 0, j) + 1) + 1
            raise ValueError(f'Invalid placeholder in string: line {lineno}, col {col}')
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        s = self.template
        d = self.delimiter
        i = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                return ids
            k = j + len(d)
            if s.startswith(d, k):
                i = k + len(d)
                continue
            braced = k < len(s) and s[k] == '{'
            start = end = k + 1 if braced else k
            while end < len(s) and (s[end] == '_' or (s[end].isascii() and s[end].isalnum())):
                end += 1
            name = s[start:end]
            if name and not name[0].isdigit() and name not in ids:
                ids.append(name)
            i = max(end, k)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
