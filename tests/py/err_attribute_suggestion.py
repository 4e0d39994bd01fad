# The traceback offers the closest attribute of the object for an
# AttributeError; str(e) does not include it.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 10


c = Config()
try:
    c.verbos
except AttributeError as e:
    print(e, e.name, e.obj is c)
c.timeot
