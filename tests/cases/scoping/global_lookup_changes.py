# Globals and builtins read in a loop while they are rebound, shadowed and deleted
# (Taipan caches global lookups by dict identity and keys version; this checks it).
counter = 0


def read():
    return counter, len("abc")


results = []
for i in range(4):
    results.append(read())
    counter = i * 10
print(results)


def len(x):
    return "shadowed"


print(read())
del len
print(read())
del counter
try:
    read()
except NameError as e:
    print("NameError:", e)
counter = "back"
print(read())
import builtins
builtins.len = lambda x: "patched builtin"
print(read())
del builtins.len
try:
    read()
except NameError as e:
    print("NameError:", e)
