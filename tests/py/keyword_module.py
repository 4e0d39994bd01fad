import keyword

print(keyword.__all__)
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
for w in ["if", "match", "case", "_", "print", "None", "async", "await", "True", "true", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.kwlist) == keyword.kwlist)
