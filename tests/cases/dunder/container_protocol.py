class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __bool__(self):
        return bool(self.cells)
g = Grid(3, 2)
print(len(g), bool(g), g[0, 0], "X" in g)
g[1, 1] = "X"
g[2, 0] = "O"
print(bool(g), "X" in g, "Z" not in g, list(g), "".join(g))
del g[2, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g["k"]
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
a, b, *c = Seq()
print(a, b, c)
class Rev:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __reversed__(self):
        return iter("custom reversed")
print(list(reversed(Rev([1, 2]))), list(reversed(Seq.__new__(Seq))) if False else "")
class ContainsViaIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in ContainsViaIter(), 5 in ContainsViaIter())
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoLen()
except TypeError as e:
    print("TypeError:", e)
