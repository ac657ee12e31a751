# Tracebacks from errors raised inside specialized BINARY_SUBSCR / STORE_SUBSCR.


def get(c, k):
    return (
        c[
            k]
    )


def put(c, k, v):
    (
        c[
            k]
    ) = v


lst = list(range(10))
tup = tuple(lst)
d = {i: i for i in range(10)}
for i in range(150):
    get(lst, i % 10)
    get(tup, i % 10)
    get(d, i % 10)
    put(lst, i % 10, i)
    put(d, i % 10, i)

try:
    get(lst, 10)
except IndexError:
    try:
        get(tup, -11)
    except IndexError:
        try:
            get(d, "missing")
        except KeyError:
            try:
                put(lst, 99, 0)
            except IndexError:
                put(d, [], 0)
