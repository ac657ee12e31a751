fname = "open_text_binary.tmp"
with open(fname, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third é 日\n")
print("wrote", n)
with open(fname) as f:
    print(repr(f.read()))
with open(fname, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(fname) as f:
    print([line.rstrip("\n") for line in f])
with open(fname, "a") as f:
    f.write("appended\n")
with open(fname) as f:
    print(len(f.read().splitlines()))
with open(fname, "wb") as f:
    f.write(b"\x00\x01binary\xff")
    f.write(bytes(range(3)))
with open(fname, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(fname, "rb") as f:
    print(f.read(3), f.read(2), f.read())
with open(fname, "w") as f:
    print("via print", 1, 2, file=f)
    f.writelines(["a\n", "b\n"])
with open(fname) as f:
    print(f.read().split("\n"))
f = open(fname)
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("definitely_missing_file_qzx.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    with open(fname, "rb") as fb:
        fb.write(b"x")
except Exception as e:
    print(type(e).__name__, e)
with open(fname, "w", encoding="utf-8") as f:
    f.write("é")
with open(fname, "rb") as f:
    print(f.read())
try:  # clean up; `os` is optional for this case
    import os
    os.remove(fname)
except (ImportError, AttributeError):
    pass
