# bytes/bytearray: subclasses, slice assignment, methods
class B(bytes):
    pass
b = B(b"abc")
print(b, type(b).__name__, b.upper(), len(b), b[0], b + b"d", b == b"abc", b.decode(), bytes(b), list(b))
class BA(bytearray):
    pass
x = BA(b"xy")
x.append(65)
x[0] = 66
print(x, type(x).__name__, len(x), x.upper(), bytes(x))
class S(str):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
s = S("abc", 5)
print(s, s.extra, s.upper(), s[::-1], type(s[0]).__name__)
print(str.__new__(S, "q"), type(str.__new__(S, "q")).__name__)
print(bytes.fromhex("4142"), bytearray.fromhex(" 41 42 "), B.fromhex("41"), type(B.fromhex("41")).__name__)
ba = bytearray(b"0123456789")
ba[2:5] = []
print(ba)
ba[::3] = b"abc"
print(ba)
ba[1:1] = (120, 121)
print(ba)
del ba[::2]
print(ba)
ba[-1] = 0
print(ba, ba * 2, 2 * ba, ba + bytearray(b"!"))
ba[:] = ba
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(e)
ba2 = bytearray(b"ab")
ba2 += b"cd"
print(ba2, ba2.find(b"c"), ba2.find(99), 99 in ba2, b"cd" in ba2)
print(bytearray(b"a b").split(), bytearray(b"abc").partition(b"b"), bytearray(b"x").join([b"1", b"2"]))
print(b"abc".hex(), b"abcdefg".hex(":", 3), b"abcdefg".hex(":", -3), b"ab".hex(b"-"))
print(bytes(5), bytes([]), bytes(()), bytes(iter([1, 2])), bytearray(range(3)), bytes(bytearray(b"q")))
print(b"a,b,,c".split(b","), b"  a  b ".split(), b"a\nb\r\nc".splitlines(True), b"abc".count(b""), b"aaa".replace(b"a", b"bb", 2))
print(b"HeLLo".swapcase(), b"hello world".title(), b"abc".center(8, b"-"), b"-12".zfill(5), b"a\tb".expandtabs())
print(b"abc" * 0, b"x" in b"xyz", b"" == bytes())
print(str(b"\xc3\xa9", "utf-8", "strict"), "é".encode("utf-8", errors="strict"), b"\x80".decode("ascii", errors="ignore"))
print(b"abc".startswith((b"z", b"a")), bytearray(b"abc").endswith(b"bc"), b"abc".rindex(b"c"), b"aXbXc".rsplit(b"X", 1))
print(b"xyz".translate(None, b"y"), b"  x".lstrip(), b"x  ".rstrip(b" "), b"abcd".removeprefix(b"ab"), b"IsTitle".istitle())
