class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[1, 2], g[5, 5])
del g[0, 0]
print(g[0, 0])
g[1, 2] += "!"
print(g[1, 2])

class Sliced:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step) if isinstance(s, slice) else s
sl = Sliced()
print(sl[1:2], sl[::3], sl[5], sl[1:2:3], sl["k"])
