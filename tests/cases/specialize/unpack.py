# UNPACK_SEQUENCE_{TWO_TUPLE,TUPLE,LIST}: wrong lengths and other iterables after warm-up.


def two(seq):
    a, b = seq
    return a - b


def three(seq):
    a, b, c = seq
    return a + b * c


print("two warm", sum(two((i, 1)) for i in range(150)))
print("three warm", sum(three((i, 2, 3)) for i in range(150)))
print("list warm", sum(two([i, 1]) + three([i, i, i]) for i in range(150)))

# Wrong lengths at warmed sites: tuples, lists, other iterables.
for seq in [(1,), (1, 2, 3), [], [1, 2, 3, 4], "abc", "a", range(5), iter([1]), {1: 2}, (x for x in "xyz")]:
    try:
        print(two(seq))
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
for seq in [(1, 2), (1, 2, 3, 4), [1], [1, 2, 3, 4, 5], range(2), range(10), iter(range(100))]:
    try:
        print(three(seq))
    except ValueError as e:
        print("ValueError:", e)
for bad in [5, None, 1.5]:
    try:
        two(bad)
    except TypeError as e:
        print("TypeError:", e)

# Other iterables of the right length.
print(two(range(7, 9)), two("ab" and (5, 3)), two({10: "a", 4: "b"}), two(iter([9, 4])), two(x for x in (8, 1)))
print(three(range(1, 4)), three([1, 2, 3]), three(b"\x01\x02\x03"))


class MyTuple(tuple):
    def __iter__(self):
        return iter((100, 1))


class MyList(list):
    pass


print(two(MyTuple((1, 2))), two(MyList([5, 2])), three(MyList([1, 1, 1])))


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


print(two(Seq()))


class Gen3:
    def __iter__(self):
        yield 1
        yield 2
        raise RuntimeError("iteration failed")


try:
    two(Gen3())
except RuntimeError as e:
    print("RuntimeError:", e)

# Starred unpacking at warm sites.
def star(seq):
    a, *rest, z = seq
    return (a, rest, z)


print([star(range(i + 2)) for i in range(100)][-1][2])
print(star((1, 2)), star("abc"), star([1, 2, 3, 4]))
for seq in [(), (1,), "x"]:
    try:
        star(seq)
    except ValueError as e:
        print("ValueError:", e)

# Nested unpacking in loops (FOR_ITER + UNPACK_SEQUENCE_TWO_TUPLE).
def pairs(items):
    s = 0
    for k, v in items:
        s += k * v
    return s


print(pairs([(i, 2) for i in range(150)]), pairs({1: 2, 3: 4}.items()), pairs(zip(range(3), range(3))))
try:
    pairs([(1, 2)] * 100 + [(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    pairs([(1, 2)] * 100 + [[1]])
except ValueError as e:
    print("ValueError:", e)
try:
    pairs([(1, 2)] * 100 + [1])
except TypeError as e:
    print("TypeError:", e)

# Swap idiom and multiple assignment sites specialised then given lists.
a, b = 1, 2
for i in range(150):
    a, b = b, a + b
print(a % 1000007, b % 1000007)
res = []
for i in range(150):
    x, y, z = [i, i + 1, i + 2] if i % 2 else (i, -i, 0)
    res.append(x + y + z)
print(sum(res))
