# hashlib (md5, sha1, sha256) and os / os.path basics.
import hashlib
import os
import os.path
import posixpath

for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest())
h = hashlib.new("SHA256")
h.update(b"hello ")
c = h.copy()
h.update(bytearray(b"world"))
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, len(h.digest()))
print(hashlib.md5(b"x").digest(), sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
for bad in [lambda: hashlib.md5("text"), lambda: hashlib.new("nope"), lambda: hashlib.sha1(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.name, repr(os.linesep))
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs", "y"), os.path.join("a/", "b"), os.path.join("", "z"))
print(os.path.split("/usr/lib/python"), os.path.split("file"), os.path.split("/"), os.path.split("a//b"))
print(os.path.dirname("/a/b/c"), os.path.basename("/a/b/c.tar.gz"), os.path.splitext("/a/b/c.tar.gz"),
      os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.splitext("x..y"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../x/.."),
      os.path.normpath("//a"), os.path.normpath("///a"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
print(os.path.exists("hashlib_os.py"), os.path.isfile("hashlib_os.py"), os.path.isdir("."),
      os.path.exists("no/such/file"), os.path.isdir("hashlib_os.py"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.basename(os.getcwd()))
print(isinstance(os.getpid(), int), os.getenv("TAIPAN_SURELY_UNSET", "dflt"), "PATH" in os.environ)
print(os.fspath("p"), os.fspath(b"b"))


class P:
    def __fspath__(self):
        return "from-fspath"


print(os.fspath(P()), os.path.join(P(), "q"), isinstance(P(), os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
