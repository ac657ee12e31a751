def f(a, b):
    return a + b
args = (1, 2)
print(f(*args), f(*[1], **{"b": 5}))
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def g(*, k):
    return k
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g()
except TypeError as e:
    print("TypeError:", e)
def h():
    return 1
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print("TypeError:", e)
try:
    C().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    C.m(1)
except TypeError as e:
    print("TypeError:", e)
