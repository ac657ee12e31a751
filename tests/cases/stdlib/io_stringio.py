# io.StringIO: writing, reading, seeking, newline modes and error messages.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.read(5)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(6)
print(s.write("W"), repr(s.getvalue()))
s.seek(20)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()))

t = io.StringIO("line1\nline2\n\nlast")
print(t.tell(), repr(t.readline()), repr(t.readline(3)), repr(t.readline()))
print(t.readlines())
t.seek(0)
print(list(t))
t.seek(0)
print(t.readlines(7))
t.seek(0)
for line in t:
    print(repr(line))

print(repr(io.StringIO(None).getvalue()))
print(repr(io.StringIO("abc").read(-1)), repr(io.StringIO("abc").read(None)))

# print() into a StringIO
buf = io.StringIO()
print("a", 1, 2.5, sep="|", end="$\n", file=buf)
print(*range(5), file=buf)
buf.writelines(["x\n", "y\n"])
print(repr(buf.getvalue()))

# newline modes
for nl in (None, "", "\n", "\r", "\r\n"):
    f = io.StringIO(newline=nl)
    f.write("a\nb\r\nc\rd")
    v = f.getvalue()
    f.seek(0)
    print(repr(nl), repr(v), f.readlines(), f.newlines)

u = io.StringIO("x\r\ny\rz\n", newline=None)
print(repr(u.getvalue()), u.newlines)

# context manager and closing
with io.StringIO("ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable(), c.isatty())
print(c.closed)
for name, f in [("write", lambda: c.write("x")), ("read", c.read),
                ("getvalue", c.getvalue), ("tell", c.tell),
                ("seek", lambda: c.seek(0)), ("readable", c.readable),
                ("next", lambda: next(c)), ("iter", lambda: iter(c))]:
    try:
        f()
    except ValueError as e:
        print(name, type(e).__name__, e)

s = io.StringIO("abc")
bad = [
    lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2),
    lambda: s.seek(0, 3), lambda: s.truncate(-1), lambda: s.read("x"),
    lambda: s.write(3), lambda: s.write(b"x"), lambda: io.StringIO(3),
    lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=3),
    lambda: s.seek(1.5), lambda: s.seek("a"), lambda: s.readline(2.0),
    lambda: s.fileno(),
]
for f in bad:
    try:
        f()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(s.seek(0, 2), s.seek(0, 1), s.seek(1, 0), s.read())
print(s.encoding, s.errors, s.line_buffering, s.newlines)
print(io.StringIO, io.StringIO.__name__)
print(issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
u = io.StringIO("ünïcödé ✓")
print(u.read(3), u.tell(), u.read(), len(u.getvalue()))
