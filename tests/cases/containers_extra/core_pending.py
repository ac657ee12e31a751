# Behaviours that need VM-core support: in-place operators on builtin mutable
# containers mutate the left operand; unhashable sets are looked up as frozensets;
# CPython's capitalised 'Set changed size' message.
l = [1]
m = l
l += [2]
l *= 2
print(l, m, l is m)
s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4}
s -= {1}
s ^= {9}
print(sorted(s), sorted(t), s is t)
d = {1: 2}
e = d
d |= {3: 4}
print(d, e, d is e)
print({1} in {frozenset({1})}, {frozenset()} - {frozenset()})
ss = {1, 2, 3}
try:
    for v in ss:
        ss.add(v + 10)
except RuntimeError as ex:
    print("RuntimeError:", ex)
