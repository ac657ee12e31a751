s = "naïve café — 日本語 😀!"
print(len(s), s[2], s[11], s[13:16], s[-2], s[::-1])
print([ord(c) for c in "é日😀"], chr(233), chr(0x65E5), chr(0x1F600), chr(0), repr(chr(0)))
print(len("😀"), len("e\u0301"), "e\u0301" == "é", "\u00e9" == "é")
print(s.upper(), s.find("日"), s.index("😀"), s.count("a"))
print("😀".encode("utf-8"), "é".encode("utf-8"), "日本".encode(), len("日本".encode()))
print(b"\xe6\x97\xa5".decode("utf-8"), bytes([0xc3, 0xa9]).decode(), "\U0001F600" == "😀")
print(repr("é"), repr("\x7f"), repr("\x80"), repr("\u200b"), repr("\ud800"), ascii("é😀\n"))
print(sorted(["é", "e", "z", "日", "A"]), "é" > "z")
print("日本語"[1:], "日本語" * 2, "—".join(["a", "b"]))
for ch in "aé日😀":
    print(ch, hex(ord(ch)), ch.encode("utf-8"), len(ch.encode("utf-16-le")))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
