class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step, "->", key.indices(len(self)))
            return Seq(self.data[key])
        if not isinstance(key, int):
            raise TypeError(f"Seq indices must be integers or slices, not {type(key).__name__}")
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError("Seq index out of range")
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdefg")
print(s[0], s[-1], s[2:5], s[::2], s[::-1], s[-3:], s[:])
for bad in (10, -10, "x", 1.5):
    try:
        s[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s[0] = "A"
s[1:3] = ["B", "C"]
print(s)
print(list(s), "d" in s, len(s), sorted(s, reverse=True)[:2])
class Matrix:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, idx):
        r, c = idx
        return self.cells.get((r, c), 0)
    def __setitem__(self, idx, v):
        self.cells[idx] = v
m = Matrix()
m[1, 2] = 5
m[0, 0] = 1
print(m[1, 2], m[0, 0], m[3, 3], sorted(m.cells))
class AllKeys:
    def __getitem__(self, k):
        return repr(k)
ak = AllKeys()
print(ak[1:2:3], ak[::], ak[..., 1], ak[1, :], ak[:, :, None])
