print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" and "x")
print(not 1, not 0, not "", not [1], not None)
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
x = [] or {} or 0 or "last"
print(x)
print(True and False or True, (True or False) and False)
