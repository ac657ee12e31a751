data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 5)))
print(pos)
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))
it = iter(lambda: "x", "x")
print(list(it))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(iter(counter, 100)).__name__)
