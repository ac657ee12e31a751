# memoryview over bytes and bytearray: the minimal surface Taipan supports.
m = memoryview(b"abc")
print(len(m), m[0], m.tobytes(), m.tolist(), m.readonly, m.nbytes, m.format, m.itemsize, m.obj, list(m), m == b"abc", m[1:].tobytes(), m.hex())
ba = bytearray(b"xyz")
w = memoryview(ba)
w[0] = 65
print(ba, w.readonly, bytes(w), type(w).__name__)
try:
    m[0] = 1
except TypeError as e: print(e)
try:
    memoryview("s")
except TypeError as e: print(e)
with memoryview(b"q") as q:
    print(q.tobytes())
print(memoryview(memoryview(b"nested")).tobytes(), m.shape, m.strides, m.ndim, m.c_contiguous)
print(m != b"abd", memoryview(b"") == b"", len(memoryview(bytearray(5))), m[-1])
try:
    m[5]
except IndexError as e:
    print("IndexError", e)
try:
    hash(w)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
