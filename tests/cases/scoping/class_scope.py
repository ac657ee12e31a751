class A:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    base = 10
    try:
        shifted = [i + base for i in items]
    except NameError as e:
        shifted = f"NameError: {e}"
    first = items[0]
print(A.doubled, A.shifted, A.first)
x = "global x"
class B:
    x = "class x"
    y = x
    def get_x(self):
        return x
    def get_cls_x(self):
        return self.x
print(B.y, B().get_x(), B().get_cls_x())
def func():
    v = "enclosing"
    class Inner:
        v = "class v"
        w = v
        def m(self):
            return v
    return Inner
I = func()
print(I.w, I().m())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_creation = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.count_at_creation, b.count_at_creation)
class Shadow:
    n = 1
    n = n + 1
print(Shadow.n)
