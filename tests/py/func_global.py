counter = 0
def inc():
    global counter
    counter += 1
inc()
inc()
print(counter)
def make():
    global created
    created = "yes"
make()
print(created)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read():
    return x
print(read())
def use_builtin():
    return len("abc")
print(use_builtin())
