print(b"%d-%05.1f-%x-%c-%c" % (42, 3.14159, 255, 65, b"z"))
print(b"%(name)s=%(val)d" % {b"name": b"k", b"val": 7})
print(b"%r %a" % ("é", "é"), b"%%", b"%-6s|" % b"ab")
print(bytes.hex(b"\x00\xff"), b"\x01\x02\x03".hex(" ", 1), b"abcdef".hex("-", 2), b"abcdef".hex(":", -2))
print(bytes.fromhex("41 42 43"), bytearray.fromhex("ff00").hex())
print(int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "little"), list((513).to_bytes(4, "big")))
print(bytes(range(32, 40)), bytes([9, 10, 13, 92, 39, 34]), repr(bytes([127, 128])))
print(b"abc".decode("ascii"), b"\xc3\xa9".decode(), bytearray(b"\xe2\x82\xac").decode("utf-8"))
print(str(b"abc"), repr(bytearray(b"a'b")), bytes(bytearray(b"x")), bytearray(bytes(2)))
print(b"A".lower(), b"hello world".split(maxsplit=1), b"a-b-c".split(b"-", 1), b"  pad ".strip())
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"" < b"\x00", max(b"azb"), sorted(b"cab"))
print(b"abc".startswith(b"ab"), b"abc"[0:1] == b"a", b"abc"[0] == 97, b"a" * 3 == b"aaa")
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), len(mv), mv.tobytes(), list(mv[:2]))
try:
    b"abc".decode("ascii", "strict") + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
