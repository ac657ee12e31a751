def shared():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = shared()
s(42)
print(g())
s("text")
print(g())
def closure_over_loop_var():
    result = []
    for n in range(3):
        def show(n=n):
            return n
        result.append(show)
    return [f() for f in result]
print(closure_over_loop_var())
def class_in_function():
    secret = "hidden"
    class Inner:
        def reveal(self):
            return secret
        attr = secret.upper()
    return Inner
I = class_in_function()
print(I().reveal(), I.attr)
def nested_three():
    a = 1
    def lvl2():
        b = 2
        def lvl3():
            return a + b
        return lvl3
    return lvl2()
print(nested_three()())
def unbound_cell():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = "now bound"
    return inner()
print(unbound_cell())
def del_cell():
    z = 5
    def inner():
        return z
    del z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
del_cell()
