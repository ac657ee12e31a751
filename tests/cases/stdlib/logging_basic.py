# logging: levels, hierarchy, handlers, formatters, filters (deterministic fields only).
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
logger = logging.getLogger("app")
logger.addHandler(handler)
logger.setLevel(logging.INFO)
logger.propagate = False
logger.debug("hidden")
logger.info("info %s", "arg")
logger.warning("warn %d%%", 50)
logger.error("dict %(a)s", {"a": 1})
print(repr(stream.getvalue()))

stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
h2.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(filename)s|%(module)s"))
child = logging.getLogger("app.child")
child.addHandler(h2)
child.propagate = True


def emit():
    child.warning("from child")


emit()
print(repr(stream2.getvalue()), repr(stream.getvalue().splitlines()[-1]))
print(child.parent is logger, child.getEffectiveLevel(), logging.getLogger("app") is logger,
      logging.getLogger() is logging.root, logging.root.name, child.name, logger.getChild("x").name)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"),
      logging.WARN, logging.FATAL, logging.NOTSET)
logging.addLevelName(25, "NOTICE")
child.log(25, "notice this")
print(repr(stream2.getvalue().splitlines()[-1]))

s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
h3.setLevel(logging.ERROR)
lg = logging.getLogger("styled")
lg.propagate = False
lg.addHandler(h3)
lg.warning("dropped by handler level")
lg.error("kept")
h4 = logging.StreamHandler(s3)
h4.setFormatter(logging.Formatter("$levelname-${message}", style="$"))
lg.addHandler(h4)
lg.critical("both")
print(repr(s3.getvalue()))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


s4 = io.StringIO()
fl = logging.getLogger("filtered")
fl.propagate = False
h5 = logging.StreamHandler(s4)
fl.addHandler(h5)
fl.addFilter(OnlyOdd())
for i in range(5):
    fl.warning("n=%d", i)
h5.addFilter(lambda r: r.args[0] != 3)
fl.warning("n=%d", 3)
print(repr(s4.getvalue()))

s5 = io.StringIO()
ex = logging.getLogger("exc")
ex.propagate = False
eh = logging.StreamHandler(s5)
ex.addHandler(eh)
try:
    1 / 0
except ZeroDivisionError:
    ex.exception("failed")
print(s5.getvalue().splitlines()[0], s5.getvalue().splitlines()[-1])

rec = logging.LogRecord("n", logging.INFO, "/a/b/mod.py", 7, "m %s", ("x",), None, "fn")
print(rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.lineno, rec.funcName)
print(logging.Formatter("%(name)s:%(message)s").format(rec))
adapter = logging.LoggerAdapter(logger, {"user": "u"})
adapter.warning("adapted")
print(repr(stream.getvalue().splitlines()[-1]), adapter.isEnabledFor(logging.DEBUG))
print(logger, handler, logging.NullHandler().handle(rec), child.hasHandlers())
try:
    logger.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter(style="x")
except ValueError as e:
    print("ValueError", e)

logging.disable(logging.CRITICAL)
logger.critical("disabled")
logging.disable(logging.NOTSET)
logger.critical("enabled again")
print(stream.getvalue().splitlines()[-1])

sys.stderr = sys.stdout
logging.getLogger("nohandlers").warning("to lastResort")
logging.getLogger("nohandlers").info("not shown")
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
logging.warning("root warning")
logging.info("root info hidden")
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True)
logging.debug("now shown")
