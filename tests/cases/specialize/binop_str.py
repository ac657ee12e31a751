# BINARY_OP_ADD_UNICODE: str concatenation, str subclasses, empty strings.


def cat(a, b):
    return a + b


s = ""
for i in range(150):
    s = cat(s, chr(97 + i % 26))
print("warm", len(s), s[:30], s[-5:])

# In-place concatenation pattern (CPython has a special INPLACE_ADD_UNICODE).
t = ""
for i in range(200):
    t += str(i % 10)
print("inplace", len(t), t[:25])
u = "x"
alias = u
for i in range(60):
    u += "y"
print("alias kept", alias, len(u))

# Empty strings and non-ASCII.
print(repr(cat("", "")), repr(cat("", "a")), repr(cat("a", "")))
print(cat("héllo", "wörld"), cat("日本", "語"), cat("\U0001F600", "!"), len(cat("\U0001F600", "é")))


# str subclass with __add__ / __radd__.
class Loud(str):
    def __add__(self, other):
        return "Loud.__add__(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "Loud.__radd__(" + str.__add__(other, self) + ")"


class Quiet(str):
    pass


print(cat(Loud("a"), "b"), cat("a", Loud("b")), cat(Loud("a"), Loud("b")))
q = cat(Quiet("p"), "q")
print(q, type(q).__name__)
q = cat("p", Quiet("q"))
print(q, type(q).__name__)

# Non-str operands at the warmed site.
print(cat([1], [2]), cat((1,), (2,)), cat(b"a", b"b"), cat(1, 2))
for a, b in [("a", 1), (1, "a"), ("a", None), ("a", b"b")]:
    try:
        cat(a, b)
    except TypeError as e:
        print("TypeError:", e)


# Object with __radd__ on the right of a str.
class R:
    def __radd__(self, other):
        return "R.__radd__ got " + repr(other)


print(cat("s", R()))

# Alternating types at one site, forcing misses and de-optimisation.
out = []
vals = ["a", 1, "b", 2.5, "c", [3]]
for i in range(156):
    a = vals[i % 6]
    b = vals[i % 6]
    out.append(cat(a, b))
print(out[:6])

# Large strings.
big = cat("x" * 100000, "y" * 100000)
print(len(big), big[99998:100002])

# Multiplication and % formatting (not specialized, but same sites after warm-up).
def rep(a, b):
    return a * b


print([rep("ab", i) for i in range(100)][5], rep(3, "z"), rep("q", -1) == "", rep("x", True))
