print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Bob"))
print("{0[1]} {0[0]} {d[key]} {o.real}".format(["p", "q"], d={"key": "v"}, o=3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:.3}|{:10.2}|{!r}|{!s}|{!a}".format("abcdef", "xyz", "q", "q", "é"))
print("{{literal}} {}".format(1), "{:d}".format(42), "{:5d}|{:<5d}|".format(7, 8), "{0:{1}}|".format("w", 4))
print("{:{fill}{align}{width}}".format("n", fill="-", align=">", width=6))
print("{:,}".format(1234567), "{:.2%}".format(0.1234), "{:e}".format(12345.678), "{:x}".format(255))
print("{0!r:>10}".format("ab"), "{:}".format(None), "{}".format([1, "a"]))
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:abc}".format(P()), "{}".format(P()), format(P(), "zz"))
print("x{}y".format(""), "{}{}".format(1, 2), "{0}{0}".format("ab"))
print("{:s}".format("str"), "{:>5s}".format("ab"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
for bad in ["{", "}", "{0", "{:d}", "{1}", "{x}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
