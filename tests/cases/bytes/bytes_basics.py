b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], type(b[0]), type(b[0:1]))
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip(), b"a,b".partition(b","))
print(b"-".join([b"a", b"b", b"c"]), b"ab" * 3, b"ab" + b"cd", b"x" in b"xyz", 120 in b"xyz", b"" in b"a")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(), bytes("é", "utf-8"))
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"'", b'"', b"'\"", b"\\")
print(list(b"abc"), tuple(b"\x01\x02"), [x for x in b"hi"])
print(b.hex(), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"Ab".islower())
print(b == b"hello world", b < b"help", b"a" < b"ab", b"abc" != "abc", hash(b"") == hash(b""))
print(b.index(b"o"), b.rindex(b"o"), b.rfind(b"z"), b.center(15, b"*"), b.ljust(13, b"."), b.zfill(13))
print(repr(b), str(b), bytes.maketrans(b"abc", b"xyz")[97:100], b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[100]
except IndexError as e:
    print("IndexError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
print(b"%s=%d %x %r" % (b"k", 5, 255, b"q"), b"%5s|%-4s|" % (b"ab", b"c"))
