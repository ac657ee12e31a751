# collections.deque: both ends, maxlen, indexing, rotation, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
d[1] = "X"
del d[0]
print(d, d.index("X"), d.count(2), 2 in d, 99 in d)
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d)
print(d == deque(reversed(list(reversed(d)))), d != deque(), deque([1, 2]) < deque([1, 3]),
      deque([1]) >= deque([1]), d == list(d))
c = d.copy()
c.append("new")
print(c, d)
d.clear()
print(d, len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([7, 8, 9, 10])
print(m)
try:
    m.insert(0, 1)
except IndexError as e:
    print("IndexError", e)
print(deque(maxlen=0), deque([1, 2], 0), deque().maxlen)

z = deque([1, 2]) + deque([3])
z += [4, 5]
print(z, z * 2, 2 * deque([0]), deque([1]) * 0)
z *= 2
print(z)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])[-2], lambda: deque([1]).remove(3), lambda: deque([1]).index(3),
            lambda: deque([1])["a"], lambda: deque(maxlen=-1), lambda: deque([1]) + [2],
            lambda: deque([1]).rotate("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

dq = deque([1, 2, 3])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("RuntimeError", e)

rec = deque([1])
rec.append(rec)
print(rec)
print(deque[int], isinstance(deque(), deque))
it = iter(deque("abc"))
print(next(it), list(it))
print(deque("abcd").index("c", 1, 3))
