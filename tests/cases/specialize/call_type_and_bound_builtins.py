# CALL_NO_KW_TYPE_1 (type(x)) and CALL_BUILTIN with builtins bound to their object
# (append = lst.append), warmed up and then given other callables at the same site.
class A:
    pass


class Meta(type):
    pass


class B(metaclass=Meta):
    pass


names = []
append = names.append
for i in range(60):
    append(type(i).__name__)
    append(type(A()).__name__)
    append(type(B).__name__)
print(len(names), sorted(set(names)))

d = {}
get = d.get
print([get(i, i * 2) for i in range(5)])


def call(f, x):
    return f(x)


out = []
for f in [len] * 60 + [type, str, abs, out.append]:
    out.append(call(f, [1, 2]) if f is not abs else call(f, -3))
print(out[-5:])
try:
    type()
except TypeError as e:
    print(e)
print(type(1, ) is int, type("x") is str)
