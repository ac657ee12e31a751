s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abcabc".replace("bc", ""))
print("hello".replace("l", "L", 0), "hello".replace("xyz", "!"), "aaaa".replace("aa", "b"))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
print(repr("\u00a0 nbsp \u3000".strip()), repr("\x1c\x1d text".strip()))
print("tab\there".expandtabs(), "a\tbc\td".expandtabs(4), repr("\t".expandtabs(0)))
