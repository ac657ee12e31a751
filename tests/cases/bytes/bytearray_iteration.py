# Iterating a bytearray: list(), unpacking, for-loops, iterator type and length hint,
# and a bytearray changed while it is iterated.
ba = bytearray(b"ab")
print(list(ba), tuple(ba), sorted(bytearray(b"cab")))
a, b, c = bytearray(b"\x01\x02\x03")
print(a, b, c)
first, *rest = bytearray(b"xyz")
print(first, rest)
try:
    x, y = bytearray(b"abc")
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = bytearray()
except ValueError as e:
    print("ValueError:", e)

it = iter(bytearray(b"hello"))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), list(it))
print(iter(it) is it)

total = 0
for v in bytearray(range(10)):
    total += v
print(total, sum(bytearray(b"\xff" * 3)), max(bytearray(b"az")), set(bytearray(b"aab")) == {97, 98})

# Mutation during iteration: the iterator reads the live contents.
grow = bytearray(b"ab")
seen = []
for v in grow:
    seen.append(v)
    if len(grow) < 5:
        grow.append(v + 1)
print(seen, grow)
shrink = bytearray(b"abcdef")
seen = []
for v in shrink:
    seen.append(chr(v))
    del shrink[-1]
print(seen, shrink)


class BA(bytearray):
    pass


print(list(BA(b"sub")), [chr(v) for v in BA(b"ok")], dict(enumerate(bytearray(b"kv"))))
print(list(zip(bytearray(b"ab"), b"cd")), list(map(hex, bytearray(b"\x10\x20"))))
print(list(reversed(bytearray(b"abc"))), bytearray(b"abc") == bytearray(iter(bytearray(b"abc"))))
