counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def make_global():
    global created
    created = "yes"
make_global()
print(created)

x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)

def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())

lst = [0, 1, 2, 3, 4, 5]
del lst[1], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError", e)
a, b = 1, 2
del a, b
print("a" in globals(), "counter" in globals())
def shadow():
    print(counter)
shadow()
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
