# FOR_ITER_{RANGE,LIST,TUPLE}: mutation during iteration, odd ranges, switching iterators.


def total(it):
    s = 0
    for x in it:
        s += x
    return s


print("range", [total(range(i)) for i in range(150)][-1])
print("list", [total(list(range(i))) for i in range(150)][-1])
print("tuple", [total(tuple(range(i))) for i in range(150)][-1])

# Ranges with big / negative steps and big bounds at the warm site.
print(total(range(10, -10, -3)), total(range(0, 100, 7)), total(range(5, 5)), total(range(5, 0)))
print(total(range(-2 ** 40, -2 ** 40 + 3)), total(range(2 ** 62, 2 ** 62 + 3)))
print(total(range(0, 10 ** 9, 10 ** 8)), total(range(-1, -100, -33)))


def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out


print(collect(range(2 ** 62 - 2, 2 ** 62 + 1)), collect(range(10 ** 18, 0, -(3 * 10 ** 17))))

# Lists mutated during iteration.
def grow(lst):
    n = 0
    for x in lst:
        n += 1
        if len(lst) < 200:
            lst.append(x + 1)
    return n, len(lst)


print("grow", grow([0]), grow([1, 2, 3]))


def shrink(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if lst:
            lst.pop(0)
    return seen


print("shrink", shrink(list(range(10))))


def clear_mid(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if x == 3:
            lst.clear()
    return seen


print("clear", clear_mid(list(range(150))))


def replace_items(lst):
    seen = []
    for i, x in enumerate(lst):
        seen.append(x)
        if i + 1 < len(lst):
            lst[i + 1] = "r%d" % i
    return seen


print("replace", replace_items(list(range(6))))

# Iterator switched at the same site: list, tuple, range, str, dict, generator, set, custom.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen(n):
    yield from range(n)


sources = [lambda: [1, 2, 3], lambda: (4, 5), lambda: range(3), lambda: {7: "a", 8: "b"},
           lambda: gen(4), lambda: {1, 2, 3}, lambda: Countdown(4), lambda: iter([9, 9])]
results = []
for i in range(160):
    results.append(total(sources[i % len(sources)]()))
print(results[:8], sum(results))

# Strings / bytes through a generic collector.
print(collect("héllo"), collect(b"ab"), collect({"k": 1}.items()))


# Iterator raising an exception part way through.
class Boom:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise ValueError("boom at %d" % self.i)
        return self.i


try:
    total(Boom())
except ValueError as e:
    print("ValueError:", e)

# Exhausted iterators reused.
it = iter([1, 2, 3])
print(total(it), total(it))
r = iter(range(3))
print(total(r), total(r))


# Nested loops with break / continue / else at warm sites.
def nested(n):
    found = []
    for i in range(n):
        for j in (1, 2, 3, 4):
            if j == 3:
                continue
            if (i * j) % 7 == 0 and i:
                found.append((i, j))
                break
        else:
            pass
    return found


print(nested(30))


# Modifying the loop variable and the range object reference.
def modvar():
    out = []
    rng = range(5)
    for i in rng:
        out.append(i)
        i = 100
        rng = range(1000)
    return out


print([modvar() for _ in range(60)][-1])


# tuple subclass / list subclass with __iter__ override.
class MyList(list):
    def __iter__(self):
        return iter([100, 200])


class MyTuple(tuple):
    pass


print(total(MyList([1, 2, 3])), total(MyTuple((1, 2, 3))))
