ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]))
ba[0] = 72
ba[1:3] = b"EE"
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba += b"!!"
ba *= 2
print(ba)
ba.reverse()
print(ba, ba.find(b"!"), ba.count(b"!"), ba.index(b"l"))
ba2 = bytearray(range(65, 70))
print(ba2, ba2.decode(), bytes(ba2), ba2 == b"ABCDE", ba2.upper() if False else ba2.lower())
ba2[::2] = b"xyz"
print(ba2)
ba2.clear()
print(ba2, bytearray(3), bytearray(), bytearray([1, 2]), bytearray("ab", "ascii"))
ba3 = bytearray(b"abc")
ba4 = ba3.copy()
ba4[0] = 0
print(ba3, ba4, ba3.hex(), bytearray.fromhex("41 42"))
try:
    ba3[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba3.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ba3.remove(120)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(ba3)
except TypeError as e:
    print("TypeError:", e)
print(ba3 + b"d", b"z" + ba3, type(b"z" + ba3).__name__, b"abc" == bytearray(b"abc"))
