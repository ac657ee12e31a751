s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("utf-16-le")[:6], len(s.encode("utf-32")), "abc".encode("ascii"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe abc".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff abc".decode("utf-8", "replace"), b"\xff abc".decode("utf-8", "ignore"), b"\xe9t\xe9".decode("latin-1"))
print(b"\xff".decode("utf-8", "backslashreplace"), str(b"caf\xc3\xa9", "utf-8"), str(b"x", encoding="ascii"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(bytes("abc", "utf-8"), bytearray("é", "utf-8"))
