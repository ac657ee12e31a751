import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no end", end="")
print()
print(sep="-")
print("x", 1, None, 2.5, [1], sep="|")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("multi\nline")
print("tab\tsep", "end", end="<END>\n")
print(*range(5))
print(*[], sep="x")
print("a", "b", sep=None, end=None)
print("via file=None", file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, file=w, sep="+")
print(w.parts)
print(end="only end\n")
print("", "")
print("é", "日本", "😀")
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError:", e)
