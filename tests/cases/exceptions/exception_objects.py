for exc in [Exception(), Exception("one"), Exception("one", 2), ValueError(), ValueError("msg"), KeyError("k"),
            KeyError(), KeyError("a", "b"), OSError(2, "No such file"), IndexError(5), StopIteration(7),
            SystemExit(3), BaseException("base")]:
    print(type(exc).__name__, "| str:", repr(str(exc)), "| repr:", repr(exc), "| args:", exc.args)
e = ValueError("x", 1)
e.args = ("replaced",)
print(e, e.args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return f"MyErr with code {self.code}"
m = MyErr(7)
print(str(m), repr(m), m.args, m.code)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
n = NoSuperInit(1, 2)
print(repr(n), n.args, str(n))
class WithAttrs(Exception):
    pass
w = WithAttrs("m")
w.extra = "attached"
print(w.extra, w.__traceback__, w.__cause__, w.__context__)
try:
    raise w
except WithAttrs as caught:
    print(caught is w, caught.__traceback__ is not None)
err = StopIteration("v")
print(err.value, StopIteration().value, SystemExit(5).code, SystemExit().code, SystemExit(1, 2).code)
k = KeyError("multi\nline")
print(str(k), repr(k))
print(str(KeyError(("t",))), str(KeyError(1)), str(KeyError(None)))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u, u.start, u.end, u.reason, u.encoding)
print(repr(AttributeError("a", name="n", obj=None)) if False else repr(AttributeError("attr msg")))
print(str(OSError(13, "Permission denied")), OSError(13, "Permission denied").errno, OSError("plain").errno)
