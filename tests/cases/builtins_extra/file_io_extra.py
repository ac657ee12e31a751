import sys
name = "file_io_extra.tmp"
with open(name, "w") as f:
    print(repr(f).replace(name, "NAME"), f.mode, f.name == name, f.closed, f.writable(), f.readable())
    print(f.write("line1\r\nline2\rline3\nlast"), f.tell() > 0)
print(f.closed, repr(f).replace(name, "NAME"))
with open(name) as f:
    print(f.readlines())
with open(name, newline=None) as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline(2)), repr(f.read()))
with open(name, "rb") as f:
    print(repr(f).replace(name, "NAME"), f.mode, f.readline(), f.tell())
    f.seek(0)
    print(f.read(5), f.seek(-4, 2), f.read(), f.read(), f.readline())
    print(list(f))
with open(name, "r+b") as f:
    print(type(f).__name__, f.read(2))
    f.seek(0)
    f.write(b"LI")
    f.seek(0)
    print(f.read(6))
with open(name, "ab") as f:
    print(type(f).__name__, f.write(bytearray(b"++")))
with open(name, "rb") as f:
    print(f.read()[-6:])
for line in open(name, "rb"):
    print(line)
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == name)
try:
    open("no/such/dir/file.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(name, "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open(name, "rbt")
except ValueError as e:
    print("ValueError:", e)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
f = open(name, "w")
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    f.write(b"x")
except TypeError as e:
    print("TypeError:", e)
f.close()
f.close()
for op in [lambda: f.write("x"), lambda: f.readline(), lambda: iter(f), lambda: f.flush()]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
with open(name, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
e = OSError(2, "No such file or directory", "x.txt")
print(e, e.args, e.errno, e.filename, OSError("plain"), OSError(13, "Denied"))
print(type(e).__name__, isinstance(e, OSError))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
print("a", "b", sep="", end="", file=Writer())
w = Writer()
print(1, 2, 3, sep="-", file=w)
print(w.parts)
print(sys.stdout.write("abc\n"), sys.stdout.writable())
try:
    import os
    os.remove(name)
except (ImportError, AttributeError):
    pass
