class C:
    count = 0
    tags = []
    def __init__(self, name):
        self.name = name
        C.count += 1
c1 = C("a")
c2 = C("b")
print(C.count, c1.count, c2.count)
c1.count = 100
print(C.count, c1.count, c2.count)
c1.tags.append("shared")
print(C.tags, c2.tags)
c2.tags = ["own"]
print(C.tags, c2.tags, c1.tags)
C.new_attr = "added later"
print(c1.new_attr)
del c1.count
print(c1.count)
print(hasattr(c1, "name"), hasattr(c1, "nope"), getattr(c1, "name"), getattr(c1, "nope", "dflt"))
setattr(c1, "name", "A")
print(c1.name)
