class Foo:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
f = Foo()
tests = [
    lambda: f.missing_qzx,
    lambda: Foo.missing_qzx,
    lambda: (5).missing_qzx,
    lambda: "s".missing_qzx,
    lambda: None.missing_qzx,
    lambda: [].missing_qzx,
    lambda: {}.missing_qzx,
    lambda: (1,).missing_qzx,
    lambda: len.missing_qzx,
    lambda: int.missing_qzx,
    lambda: (lambda: 0).missing_qzx,
    lambda: setattr(5, "x", 1),
    lambda: setattr("s", "upper", 1),
    lambda: delattr(f, "cls_attr"),
    lambda: delattr(f, "nothing_qzx"),
    lambda: setattr(int, "real", 1),
    lambda: object().__dict__,
]
for t in tests:
    try:
        t()
        print("no error")
    except AttributeError as e:
        print("AttributeError:", e)
    except TypeError as e:
        print("TypeError:", e)
import math
try:
    math.not_a_function_qzx
except AttributeError as e:
    print("AttributeError:", e)
import sys
try:
    sys.missing_qzx
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.missing_qzx
except AttributeError as e:
    print(e.name, e.obj is f)
