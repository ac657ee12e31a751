funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs
print([f() for f in make()])
def make_bound():
    return [(lambda k: lambda: k)(k) for k in range(3)]
print([f() for f in make_bound()])
x = "global"
def read_later():
    return x
x = "changed global"
print(read_later())
def outer():
    v = 1
    def get():
        return v
    v = 2
    return get
print(outer()())
