# logging against CPython 3.11: levels, the root logger's lazy basicConfig,
# named loggers in a hierarchy, handlers, formatters, filters, the last
# resort. Records go to stdout here (a StreamHandler on sys.stdout), so the
# test compares them.
import logging
import sys

print(logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(25), logging.WARN)
log = logging.getLogger("app")
print(log, logging.getLogger(), logging.getLogger() is logging.root, log.getEffectiveLevel())
print(logging.getLogger("app") is log, log.parent is logging.root)
child = logging.getLogger("app.db.conn")
mid = logging.getLogger("app.db")
print(child.parent is mid, mid.parent is log, log.getChild("x").name)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
logging.info("started %s", "now")
logging.debug("debug %d", 3)
log.warning("warn %s/%s", 1, 2)
child.error("error in %(where)s", {"where": "db"})
log.setLevel(logging.ERROR)
log.info("hidden")
child.info("also hidden (inherits ERROR)")
child.critical("shown")
print(log.isEnabledFor(logging.ERROR), child.getEffectiveLevel(), logging.getLogger("app.other").getEffectiveLevel())

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
special = logging.getLogger("special")
special.addHandler(h)
special.propagate = False
special.warning("formatted %r", {"k": 1})
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
special.error("brace style")
h.setFormatter(logging.Formatter("$levelname $message", style="$"))
special.error("dollar style")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return not record.args or record.args[0] % 2 == 0


special.addFilter(OnlyEven())
for i in range(4):
    special.error("number %d", i)


class Short(logging.Formatter):
    # The traceback's last line only (the full one names this file's path).
    def formatException(self, ei):
        return "EXC " + ei[0].__name__ + ": " + str(ei[1])


h.setFormatter(Short("%(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    special.exception("caught")
print(special.hasHandlers(), logging.getLogger("lonely").hasHandlers())
rec = logging.LogRecord("n", 20, "/p/file.py", 7, "msg %s", ("a",), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
print(logging.Formatter().format(rec), logging.Formatter("%(name)s:%(lineno)d:%(message)s").format(rec))
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
nh = logging.getLogger("quiet")
nh.addHandler(logging.NullHandler())
nh.propagate = False
nh.error("swallowed")
print(repr(logging.StreamHandler(sys.stdout)).startswith("<StreamHandler"), logging.NullHandler().level)
try:
    log.setLevel("NOPE")
except ValueError as e:
    print(e)
