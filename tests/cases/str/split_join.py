s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "x".split("x"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a-b-c".split(sep="-", maxsplit=-1))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)), "|".join([]))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "x\x0by\x0cz\x1cw\u2028v".splitlines())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
