text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines())
for i, line in enumerate("x\ny\nz".splitlines(), 1):
    print(i, line)
