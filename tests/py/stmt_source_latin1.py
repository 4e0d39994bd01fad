# -*- coding: latin-1 -*-
# A PEP 263 coding cookie: the file is Latin-1.
s = "café µ"
print(s, len(s), [hex(ord(c)) for c in s])
