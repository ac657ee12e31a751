# Tracebacks from UNPACK_SEQUENCE_* and FOR_ITER_* sites after warm-up.


def unpack2(s):
    (
        a,
        b
    ) = s
    return a


def loop(items):
    total = 0
    for x in items:
        total = (
            total +
            x
        )
    return total


class BadIter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise RuntimeError("iterator broke")
        return self.n


for i in range(150):
    unpack2((i, i))
    unpack2([i, i])
    loop([1, 2, 3])
    loop((1, 2))
    loop(range(4))

try:
    unpack2((1, 2, 3))
except ValueError:
    try:
        unpack2([1])
    except ValueError:
        try:
            unpack2(5)
        except TypeError:
            try:
                loop([1, 2, "three"])
            except TypeError:
                loop(BadIter())
