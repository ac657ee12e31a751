# Micro-benchmark (Taipan benches/): attribute loads and stores.
#
# What it measures: attribute access on shape-stable objects (every instance
# gets the same attributes in the same order, so each access site sees one
# type/layout), one kind of access per section.
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True); later-CPython names in brackets):
#   bench_instance_loads   LOAD_ATTR_INSTANCE_VALUE
#   bench_instance_stores  STORE_ATTR_INSTANCE_VALUE
#   bench_slots            LOAD_ATTR_SLOT, STORE_ATTR_SLOT (__slots__ class)
#   bench_method_loads     LOAD_METHOD_WITH_VALUES + CALL_PY_EXACT_ARGS
#                          [3.12: LOAD_ATTR_METHOD_WITH_VALUES]
#   bench_class_attr       class attribute via the instance and via the class:
#                          unspecialized in 3.11 [later: LOAD_ATTR_CLASS for
#                          Point.scale, LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES
#                          for p.scale]
#   bench_property         property getter: unspecialized in 3.11
#                          [3.12: LOAD_ATTR_PROPERTY]
#   bench_module_attr      math.pi / math.e / math.tau: LOAD_ATTR_MODULE
#                          (plus BINARY_OP_*_FLOAT)

import math

N = 2_400_000


class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 0

    def norm1(self):
        return self.x + self.y

    @property
    def total(self):
        return self.x + self.y + self.z


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def bench_instance_loads(n):
    p = Point(3, 4)
    total = 0
    for _ in range(n):
        total += p.x + p.y + p.z + p.x + p.y
    return total


def bench_instance_stores(n):
    p = Point(0, 0)
    for i in range(n):
        p.x = i
        p.y = i + 1
        p.z = i + 2
    return p.x + p.y + p.z


def bench_slots(n):
    s = Slotted(1, 2)
    for i in range(n):
        s.a = s.b + 1
        s.b = s.a & 0xFF
    return s.a + s.b


def bench_method_loads(n):
    p = Point(1, 2)
    total = 0
    for _ in range(n):
        total += p.norm1()
    return total


def bench_class_attr(n):
    p = Point(1, 2)
    total = 0
    for _ in range(n):
        total += p.scale + Point.scale
    return total


def bench_property(n):
    p = Point(1, 2)
    total = 0
    for _ in range(n):
        total += p.total
    return total


def bench_module_attr(n):
    acc = 0.0
    for _ in range(n):
        acc += math.pi - math.e + math.tau * 0.0
    return round(acc, 3)


def main():
    results = [
        bench_instance_loads(N),
        bench_instance_stores(N),
        bench_slots(N),
        bench_method_loads(N),
        bench_class_attr(N),
        bench_property(N),
        bench_module_attr(N),
    ]
    print("attributes", results)


main()
