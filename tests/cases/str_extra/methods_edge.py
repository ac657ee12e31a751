# str methods: edge cases of arguments, Unicode and error messages
s = "Hello, World"
print(s.find("o", -3), s.find("o", 5, -1), s.rfind("o", None, 5), s.index("l", None), s.count("l", -5, None))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1), "abc".count("", 4), "abc".count("", -1))
print("aXbXc".split("X", 0), "aXbXc".rsplit("X", 0), " a b ".split(None, 0), " a b ".rsplit(None, 0))
print("a b c".rsplit(maxsplit=1), "  a  b  ".split(" "), "\u2003x\u3000y".split())
print("abc".splitlines(), "a\rb\r\n".splitlines(True), "a\x85b\u2029c".splitlines())
print("x".join([]), "x".join(["a"]), "".join(("a", "b")), ",".join({"k": 1}))
print("hello".center(11, "*"), "hello".center(10, "*"), "ab".center(5), "ab".center(6))
print("%-10s|" % "x", "%10.3s|" % "abcdef", "%s|%5s" % ("é", "日本"))
print("ǅungla".title(), "ǆ".title(), "ǆ".capitalize(), "ß".title(), "ﬁsh".title(), "ﬁsh".capitalize())
print("hello world".title(), "they're".title(), "a1b2".title(), "ΣΑΣ σας".lower(), "ΌΣΟΣ".lower())
print("ß".upper(), "ß".casefold(), "Straße".casefold() == "strasse", "ﬃ".upper(), "ŉ".upper())
print("İstanbul".lower(), len("İ".lower()), "ǈ".swapcase(), "ǈ".upper(), "ǈ".lower())
print("abc".isidentifier(), "_".isidentifier(), "1a".isidentifier(), "a-b".isidentifier(), "ä".isidentifier(), "".isidentifier())
print("Ⅷ".isnumeric(), "Ⅷ".isalpha(), "Ⅷ".isdigit(), "①".isdigit(), "①".isdecimal(), "三".isnumeric(), "٣".isdecimal())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "ǅungla".istitle(), "".istitle(), "1A".istitle())
print("A1".isupper(), "a1".islower(), "ǅ".isupper(), "ǅ".islower(), "ß".islower(), "ΣΑΣ".isupper())
print(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0".isspace(), "\u200b".isspace(), "".isspace())
print("\x7f".isprintable(), "\xad".isprintable(), " ".isprintable(), "\u00e9".isprintable(), "a\nb".isprintable())
print("12".zfill(-1), "+".zfill(3), "-0".zfill(4), "é".zfill(3))
print("a\tb\tc".expandtabs(2), "ab\tc\nd\te".expandtabs(3), "\t".expandtabs(-1) == "")
print("abc".replace("", "-", 2), "abc".replace("b", "", -5), "aaa".replace("a", "bb", 1))
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("abc"), "abc".removeprefix(""), "".removesuffix("x"))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("abc"), "abc".rpartition("x"))
print("xyzzy".strip("yz"), "  x  ".lstrip(), "  x  ".rstrip(None), "abc".strip(""), "\u3000x\u2003".strip())
print("abc".startswith("b", 1), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith(("c", "x"), 0, 3))
print("abc".endswith("b", 0, -1), "abc".startswith(("a",), -10), "abc".endswith("abc", -3))
print(str(b"abc", "ascii"), str(bytearray(b"xy"), "utf-8"), str(b"\xe9", "latin-1"), str(object=5), str(b"a", errors="strict"))
print(repr(str()), type(str("x")).__name__, str(3.0), str(True), str([1.5, None]))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, repr(m), m.shout(), type(m).__name__, isinstance(m, str), len(m), m + "x", m * 2, m[1], "e" in m)
print(m.split("e"), m == "hey", hash(m) == hash("hey"), "%s" % m, f"{m:>5}", "{}".format(m), str(m), type(str(m)).__name__)
print(sorted([MyStr("b"), MyStr("a")]), m.startswith("h"), "-".join([m, m]), m.encode())
print("{0}{1}{0}".format("ab", "cd"), "{:^7.2}".format("xyz"), "{!r:^9}".format("é"), "{0[a]}".format({"a": 1}))
print("{0.imag}".format(2j), "{:{}{}}".format("x", ">", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{:%}".format(0.5), "{:_b}".format(255), "{:#x}".format(255), "{:=+6}".format(5), "{:c}".format(65))
print("{}{}".format(*"ab"), "{k}".format(**{"k": "v"}), "{0!s:>4}|{0!r:<6}|".format("q"))
print("{0:{1}{2}}".format("a", "*", ">3"), "{:,.2f}".format(1234.5), "{:08.3f}".format(-3.14159))
print("%s %s" % ("a", "b"), "%(x)s %(x)r" % {"x": "y"}, "%5.2f%%" % 12.345, "%+05d" % 42, "%-5d|" % 42, "%x %X %o" % (255, 255, 8))
print("%e" % 12345.6789, "%.2e" % 0.000123, "%g" % 1e-10, "%G" % 1e20, "%#x" % 0, "%#o" % 0, "%.0f" % 2.5, "%.0f" % 3.5)
print("%c" % 0x1F600, "%c" % "é", "%r" % "é", "%a" % "é", "%s" % b"x", "%d" % True, "%.3s" % "abcdef", "%*s|" % (-4, "a"))
print("%i" % 3.9, "%d" % -3.9, "%x" % True, "%s" % [()], "%(a)s" % {"a": [1]}, "%s%%" % 5)
class Idx:
    def __index__(self):
        return 10
print("%x" % Idx(), "%d" % Idx(), "%c" % Idx(), "abcdefghijklm"[Idx()], "%o" % Idx())
class Flt:
    def __float__(self):
        return 2.5
print("%f" % Flt(), "%.1e" % Flt(), "%g" % 10)
print("abc".translate({97: "xyz", 98: None}), "abc".translate(str.maketrans("ab", "ba")), "abc".translate([]))
print(str.maketrans("", "", "ab"), str.maketrans({97: "b", "c": None}))
print("a\u0301".encode("utf-8"), "€".encode("utf-16"), "€".encode("utf-16-be"), "€".encode("utf-32-le"), "€".encode("utf_8"))
print("aé€😀".encode("ascii", "xmlcharrefreplace"), "aé€😀".encode("latin-1", "backslashreplace"), "é".encode("UTF8"), "é".encode("Latin1"))
print(b"\xff\xfe\xac\x20".decode("utf-16"), b"\x20\xac".decode("utf-16-be"), b"a\x80b".decode("ascii", "replace"), b"\xe2\x82".decode("utf-8", "replace"))
print(b"\xc3\x28".decode("utf-8", "backslashreplace"), b"\xf0\x9f\x98".decode("utf-8", "ignore"), b"\xe9".decode("cp819"))
for enc, data in [("utf-8", b"\xc3\x28"), ("utf-8", b"ab\xf0\x9f\x98"), ("utf-8", b"\xe0\x80\x80"), ("ascii", b"ok\xfe"), ("utf-16", b"a"), ("utf-8", b"\xf8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, "|", e.encoding, e.start, e.end, e.reason, e.object)
for enc, text in [("ascii", "abcé€x"), ("latin-1", "a€😀b"), ("ascii", "😀")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, "|", e.start, e.end, e.reason, e.object)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
print("é".encode("ascii", "bogus2") if False else "skip", "a".encode("ascii", "bogus3"))
