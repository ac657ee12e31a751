def two(a, b):
    return a + b
def with_default(a, b=1):
    return a
def kw(*, k):
    return k
def posonly(a, b, /, c):
    return a
def many(a, b, c, d):
    pass
def varargs(a, *args):
    pass
calls = [
    lambda: two(1, 2, 3),
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, z=3),
    lambda: two(1, a=2),
    lambda: with_default(1, 2, 3),
    lambda: with_default(),
    lambda: kw(),
    lambda: kw(1),
    lambda: kw(k=1, j=2),
    lambda: posonly(1, b=2, c=3),
    lambda: posonly(a=1, b=2, c=3),
    lambda: many(1),
    lambda: many(),
    lambda: many(1, 2, d=4),
    lambda: varargs(),
    lambda: varargs(b=1),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1, 2),
    lambda: two(*[1, 2, 3, 4]),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
class K:
    def method(self, a):
        pass
    @staticmethod
    def sm(a):
        pass
    @classmethod
    def cm(cls, a):
        pass
    def __init__(self, x):
        pass
for c in [lambda: K(), lambda: K(1, 2), lambda: K(1).method(), lambda: K(1).method(1, 2), lambda: K.sm(),
          lambda: K.cm(), lambda: K.cm(1, 2), lambda: K(1).sm(1, 2), lambda: K.method()]:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
