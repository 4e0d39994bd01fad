# A class pattern whose class is not a type fails when tried, with the
# traceback pointing at the case.
def check(v):
    match v:
        case 0:
            return "zero"
        case len():
            return "never"


print(check(0))
print(check(1))
