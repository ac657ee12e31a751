def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "modified by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
print(inc.__closure__ is not None, len(inc.__closure__), type(inc.__closure__[0]).__name__)
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
