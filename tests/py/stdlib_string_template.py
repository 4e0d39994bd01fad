print("abc".isascii(), "é".isascii(), "".isascii())
from string import Template
t = Template("$who likes ${what}; costs $$5 ${who}s")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.safe_substitute(who="x"), t.get_identifiers())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["oops $ here", "x\n ab ${1}", "$"]:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print(e)
    print(Template(bad).safe_substitute())
print(Template("$a$b").substitute(a=1, b=2.5))
