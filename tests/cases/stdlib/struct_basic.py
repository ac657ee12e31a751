# struct: formats, byte orders, alignment, round trips and errors.
import struct

print(struct.pack("<i", 1), struct.pack(">i", -2), struct.pack("!H", 258), struct.pack("=q", -1))
print(struct.pack("<bBhHiIqQ", -1, 255, -300, 65535, -5, 7, -(2 ** 63), 2 ** 64 - 1))
print(struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -1, 255, -300, 65535, -5, 7, -(2 ** 63), 2 ** 64 - 1)))
print(struct.pack("<d", 1.5), struct.pack(">f", -0.25), struct.unpack(">d", struct.pack(">d", 3.141592653589793)))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("<e", 1.0), struct.unpack(">e", b"\x3c\x00"),
      struct.unpack("<e", struct.pack("<e", -65504.0)), struct.unpack("<e", struct.pack("<e", 6e-8)))
print(struct.pack("?c3s", 5, b"z", b"abcdef"), struct.pack("5p", b"ab"), struct.unpack("5p", b"\x02ab\x00\x00"))
print(struct.unpack(">3sxH", b"abc\x00\x01\x02"), struct.pack("2x"), struct.calcsize("2x3s"))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("bq0i"), struct.calcsize("@hq"),
      struct.calcsize("<hq"), struct.calcsize("P"), struct.calcsize("nN"), struct.calcsize("l"), struct.calcsize("<l"))
print(struct.pack("@bih", 1, 2, 3), struct.pack("4B", 1, 2, 3, 4), struct.unpack("2h", b"\x01\x00\x02\x00"))
print(struct.unpack_from(">H", b"\x00\x01\x02", 1), list(struct.iter_unpack(">H", b"\x00\x01\x00\x02")))
s = struct.Struct(">2H")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x01\x00\x02"), type(s).__name__)
buf = bytearray(6)
struct.pack_into("<H", buf, 2, 0xABCD)
print(buf, struct.unpack("?", b"\x02"), struct.pack(">?", []), struct.unpack(b"<h", b"\xff\xff"))
print(struct.unpack(">i", bytearray(b"\x80\x00\x00\x00")), struct.pack(">I", 2 ** 32 - 1))
print(struct.error.__mro__, struct.error.__module__)

bad = [("b", 200), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("i", 2 ** 31),
       ("I", -1), ("l", 2 ** 63), ("q", 2 ** 63), ("Q", -1), ("<i", 2 ** 31), (">I", 2 ** 32),
       ("<q", 2 ** 64), ("<b", 200), ("<h", 2 ** 15), ("i", 1.5), ("i", "x"), ("f", "x"),
       ("<f", 1e300), ("c", "a"), ("c", b"ab"), ("s", "x"), ("x", 1)]
for fmt, v in bad:
    try:
        struct.pack(fmt, v)
        print(fmt, "no error")
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for f in [lambda: struct.pack("i"), lambda: struct.pack("i", 1, 2), lambda: struct.unpack("i", b"ab"),
          lambda: struct.unpack("z", b""), lambda: struct.calcsize("3z"), lambda: struct.pack("2i", 1),
          lambda: struct.unpack_from("i", b"abc"), lambda: struct.pack(" > i ", 1),
          lambda: struct.calcsize("<n")]:
    try:
        f()
        print("no error")
    except struct.error as e:
        print("error", e)
