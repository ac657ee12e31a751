print("abc" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" + "b" + "c")
print("a,b".split(",") == ["a", "b"], "abc" < "abd", "ab" < "abc", "B" < "a")
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}), sorted(str.maketrans("ab", "cd").items()))
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"), str(), repr(str()))
print(len(""), len("abc"), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1))
print(hash("abc") == hash("ab" + "c"))
print("Hello World".center(21, "=").lower().replace("=", "-").strip("-").title())
print("%s" % "x", "".join(reversed("stressed")), "racecar" == "racecar"[::-1])
print(str.upper("abc"), str.join("+", ["1", "2"]), "abc".__add__("d"), "ab".__mul__(2))
s = "immutable"
u = s.upper()
print(s, u, s is not u)
print("a\tb".split("\t"), "abc".isidentifier(), "x" * 5 == "xxxxx")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" - "b"
except TypeError as e:
    print("TypeError:", e)
