# io.BytesIO and the io module's names.
import io
import sys

b = io.BytesIO(b"abc")
print(b.read(), b.read(), b.tell())
print(b.write(b"def"), b.write(bytearray(b"gh")), b.getvalue())
print(b.seek(-2, 1), b.read(), b.seek(-100, 2), b.read(2))
print(b.seek(10), b.write(b"!"), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.read1(2), b.read1())
ba = bytearray(3)
b.seek(1)
print(b.readinto(ba), ba)

lines = io.BytesIO(b"one\ntwo\n\nthree")
print(lines.readline(), lines.readline(2), lines.readlines())
lines.seek(0)
print(list(lines))
lines.seek(0)
print([x for x in lines])

with io.BytesIO() as w:
    w.write(b"ctx")
    print(w.getvalue(), w.closed)
print(w.closed)
for name, f in [("write", lambda: w.write(b"x")), ("read", w.read),
                ("getvalue", w.getvalue), ("seek", lambda: w.seek(0)),
                ("next", lambda: next(w))]:
    try:
        f()
    except ValueError as e:
        print(name, e)

b = io.BytesIO(b"abc")
bad = [
    lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-1),
    lambda: b.read("x"), lambda: b.write("s"), lambda: io.BytesIO("x"),
    lambda: b.seek(1.5), lambda: b.fileno(),
]
for f in bad:
    try:
        f()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, io.BytesIO, io.TextIOWrapper)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase),
      isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.TextIOBase), isinstance(3, io.IOBase))
print(io.text_encoding(None), io.text_encoding("utf-8"))
