def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    inc(); inc()
    return get()
print(outer())
def two_levels():
    a = "level0"
    def lvl1():
        def lvl2():
            nonlocal a
            a = "set by lvl2"
        lvl2()
        return a
    return lvl1(), a
print(two_levels())
def shadowing():
    v = "outer"
    def inner():
        v = "inner local"
        def innermost():
            nonlocal v
            v = "innermost changed inner"
        innermost()
        return v
    return inner(), v
print(shadowing())
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
def nonlocal_param(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    return p
print(nonlocal_param(21))
def nonlocal_and_del():
    y = 1
    def remove():
        nonlocal y
        del y
    remove()
    try:
        return y
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_and_del())
def gen_nonlocal():
    state = []
    def g():
        nonlocal state
        state = state + [len(state)]
        yield state
    return [list(g()) for _ in range(3)]
print(gen_nonlocal())
