# LOAD_ATTR_MODULE / LOAD_METHOD_MODULE: module attributes change after warm-up.
import _spec_mod as m
import math


def read_value():
    return m.value


def call_func(i):
    return m.func(i)


def run(n):
    s = 0
    for i in range(n):
        s += read_value() + call_func(i)
    return s


print("warm", run(150))
m.value = 10
print("rebound", run(150))
m.func = lambda x: -x
print("func replaced", run(150))
m.new_attr = 1  # keys version changes
print("after add", run(100))
del m.value
try:
    read_value()
except AttributeError as e:
    print("AttributeError:", e)
try:
    call_func(1)
except AttributeError as e:
    print("AttributeError:", e)
m.value = 2
print("recreated", run(100))
del m.func
try:
    call_func(1)
except AttributeError as e:
    print("AttributeError:", e)


# Site seeing different modules in turn.
import _spec_mod


def name_of(mod):
    return mod.__name__


names = [name_of([m, math][i % 2]) for i in range(150)]
print(names[:3], len(names))


# math functions rebound.
def use_sqrt(x):
    return math.sqrt(x)


print(sum(use_sqrt(i * i) for i in range(150)))
real_sqrt = math.sqrt
math.sqrt = lambda x: -1.0
print(use_sqrt(4))
math.sqrt = real_sqrt
print(use_sqrt(16))


# Module dict mutated through vars().
def read_thing():
    return m.Thing.kind


print([read_thing() for _ in range(100)][-1])
vars(m)["Thing"] = type("Thing", (), {"kind": "replaced"})
print(read_thing())
vars(m).pop("Thing")
try:
    read_thing()
except AttributeError as e:
    print("AttributeError:", e)


# Method-style calls on a module object that is not an import-bound name
# (LOAD_METHOD_MODULE), then the function is rebound / deleted.
def call_on(mod, i):
    return mod.func(i)


m.func = lambda x: x * 3
print("via param", sum(call_on(m, i) for i in range(150)))
m.func = lambda x: x - 1
print("rebound", sum(call_on(m, i) for i in range(150)))
m.other = 1
print("keys changed", call_on(m, 10))
del m.func
try:
    call_on(m, 1)
except AttributeError as e:
    print("AttributeError:", e)
m.func = len
print(call_on(m, "four"), [call_on(m, "ab") for _ in range(60)][-1])
