counter = 0
def make_default():
    global counter
    counter += 1
    print("default evaluated", counter)
    return counter
def f(x=make_default()):
    return x
print(f(), f(), f(10), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def kwdefaults(*, a=1, b="two"):
    return a, b
print(kwdefaults.__kwdefaults__, kwdefaults.__defaults__, f.__defaults__)
kwdefaults.__kwdefaults__ = {"a": 100, "b": "changed"}
print(kwdefaults())
def g(a, b=2):
    return a, b
g.__defaults__ = (99,)
print(g(1))
i = 10
def h(v=i):
    return v
i = 20
print(h())
