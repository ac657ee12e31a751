s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5, 15))
print(s.find(""), s.find("", 100), s.rfind(""), "aaaa".count("aa"), s.find("o", -5), s.find("h", -100))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("python"))
print(s.endswith(("a", "n")), s.endswith("hello", 0, 5), s.startswith(""), "".endswith(""))
print("lo" in s, "xyz" not in s, "" in "", s.index("o", 5, 10))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
try:
    3 in "abc"
except TypeError as e:
    print("TypeError:", e)
