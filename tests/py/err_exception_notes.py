# add_note() appends to __notes__; the notes print after the message.
e = ValueError("bad value")
e.add_note("first note")
e.add_note("while parsing line 3")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as x:
    print(x)
e2 = KeyError("k")
e2.__notes__ = ("not", "a list")
try:
    e2.add_note("x")
except TypeError as x:
    print(x)
raise e
