data = b"  Line one\nLine two\r\nline three  "
print(data.splitlines(), data.splitlines(True), data.rsplit(None, 1), data.lstrip(), data.rstrip())
print(b"a b  c".split(b" "), b"a,b,c".rsplit(b",", 1), b"abc".rpartition(b"b"), b"xxhixx".strip(b"x"))
print(b"hello".capitalize(), b"Hello World".swapcase(), b"hello".isupper(), b"HI".isupper(), b" \t".isspace())
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"a\tb".expandtabs(4), b"12".isalnum(), b"ab".isascii())
print(b"Hello".lower(), b"hello world".title(), b"abc".hex("-"), b"test".startswith((b"x", b"te")))
print(b"aaa".count(b"a"), b"abcabc".find(b"c", 3), b"abc".index(98), b"abc".find(99))
print(bytes(memoryview(b"mv")) if False else b"skip", int.from_bytes(b"\x00\x10", "big"))
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
print(b"{}" if False else b"%b and %b" % (b"x", bytearray(b"y")))
print(b"abc"[1], b"abc"[-1:], b"abc"[5:], bytes([1]) * 3)
print(b"x".join([bytearray(b"1"), b"2"]), bytearray(b"-").join([b"a", b"b"]))
try:
    b"".join(["str"])
except TypeError as e:
    print("TypeError:", e)
