def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1, 2, 3, 2, 1]
t(lambda: l.index(2)); t(lambda: l.index(2, 2)); t(lambda: l.index(2, -2)); t(lambda: l.index(2, 0, 1))
t(lambda: l.index(7)); t(lambda: l.index("a")); t(lambda: l.index(1, "a")); t(lambda: l.count(1))
t(lambda: [].pop()); t(lambda: [1].pop(5)); t(lambda: [1, 2, 3].pop(-1)); t(lambda: [1, 2, 3].pop(0))
t(lambda: [].remove(3)); t(lambda: [].append()); t(lambda: [].append(1, 2)); t(lambda: [].insert(1))
t(lambda: [].pop(1, 2)); t(lambda: [].index()); t(lambda: [].count()); t(lambda: [].clear(1))
t(lambda: list(1, 2)); t(lambda: list(a=1)); t(lambda: list(5)); t(lambda: list.__new__(int))
t(lambda: list.append()); t(lambda: list.append(5, 1)); t(lambda: [1] + (1,)); t(lambda: list.__add__([1], (1,)))
t(lambda: hash([])); t(lambda: [1, 2].__iadd__(5)); t(lambda: [][0]); t(lambda: [1] * "a")
m = [1, 2, 3]
m.insert(-10, 0); m.insert(100, 9); m.insert(1, 5)
print(m)
m.extend(range(3)); m.extend("ab"); m.extend({"k": 1})
print(m)
c = m.copy(); c.reverse(); print(c, m.copy() == m, m.copy() is m)
r = [1, 2]
print(r.__iadd__([3]), r.__imul__(2), r, r.__mul__(2), r.__rmul__(0), 3 * [0])
print([1, 2] < [1, 3], [1, 2] <= [1, 2], [2] > [1, 5], [1] == [1.0], [] != [])
print(list.__len__([1, 2]), list.__getitem__([5, 6], -1), list.__contains__([1, [2]], [2]))
print(list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__length_hint__(), type(reversed([])).__name__)
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = True
ml = MyList([3, 1, 2])
ml.append(0)
ml.sort()
print(ml, len(ml), ml[0], ml[-1], type(ml).__name__, ml.extra, isinstance(ml, list), ml + [9], ml == [0, 1, 2, 3])
class L2(list):
    pass
l2 = L2("abc")
print(l2, l2.pop(), l2, list(l2), sorted(l2, reverse=True), repr(l2))
l2 += ["z"]
print(l2, type(l2).__name__)
s = [1, 2, 3, 4, 5, 6]
s[1:3] = "xyz"; print(s)
s[::2] = [0, 0, 0, 0]; print(s)
del s[::3]; print(s)
s[5:1] = [7]; print(s)
s[:] = s; print(s)
t(lambda: s.__setitem__(slice(None, None, 2), [1]))
del s[-1]; print(s)
t(lambda: s.__delitem__(50))
a = [1]; a.append(a); print(a)
print([x for x in [1, 2, 3] if x in [2, 3]], 2 in [1, 2.0], "a" in ["a"], [[1]].count([1]))
