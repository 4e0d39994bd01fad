# The traceback offers the closest name ("Did you mean") for a NameError:
# locals of the failing frame first, then globals, then builtins.
def area(width, height):
    return widht * height


try:
    area(2, 3)
except NameError as e:
    print(e, e.name)
lenght = 3
print(lenght)
prnt("never printed")
