# An uncaught SyntaxError from exec() prints its location and message only.
print("before")
exec("total = (1 +\n   2")
