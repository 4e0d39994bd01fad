import gc
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

r = Res("a")
del r
print("after del")

def scope():
    t = Res("b")
    print("in scope")
scope()
print("after scope")

x = Res("c")
x = Res("d")
print("rebound")

gc.disable()
p = Res("p")
q = Res("q")
p.other = q
q.other = p
del p, q
print("cycle dropped")
print(gc.collect())
print("end")
