# itertools: the infinite and terminating iterators.
import itertools as it
from itertools import (accumulate, chain, compress, count, cycle, dropwhile,
                       filterfalse, groupby, islice, pairwise, repeat, starmap,
                       takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(7)
print(next(c), next(c), repr(c), repr(count(1, 2)), repr(count(2.5)), repr(count(0, 1.0)))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, -1)), list(islice(repeat(0), 4)), repr(repeat("a", 2)))
r = repeat(5, 2)
next(r)
print(repr(r), operator.length_hint(r), list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)),
      list(accumulate([], initial=5)), list(accumulate([2, 3], initial=1)),
      list(accumulate([5, 1, 7, 2], max)), list(accumulate("abc")))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("ab", [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, ["ab", "zc"])))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))

print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", None)), list(islice("abc", 10)),
      list(islice("abcdefg", 1, 6, 3)), list(islice("abc", 5, 2)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 5, 3)), next(src))

for k, g in groupby("aaabccaa"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2), [k for k, _ in gb])
print(list(groupby([])), [k for k, g in groupby(sorted("mississippi"))])

a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
x, y, z = tee(iter("abcdef"), 3)
print(list(x), list(islice(y, 2)), list(z), list(y))
print(tee([1], 0), len(tee("ab", 5)))
big1, big2 = tee(range(200))
print(sum(big1), sum(big2))

names = ["count", "cycle", "repeat", "accumulate", "chain", "compress",
         "dropwhile", "takewhile", "filterfalse", "starmap", "islice",
         "pairwise", "zip_longest", "groupby"]
print([getattr(it, n).__name__ for n in names])
print(type(it.chain), it.chain.__module__, type(iter(count())) is count, iter(c) is c)

bad = [lambda: islice([1]), lambda: islice([1], -1), lambda: islice([1], "a"),
       lambda: islice([1], 1, 2, 0), lambda: islice([1], 1, 2, 3, 4), lambda: islice([1], -1, 3),
       lambda: count("a"), lambda: repeat(), lambda: repeat(1, "a"),
       lambda: list(chain(1)), lambda: cycle(1), lambda: accumulate(1),
       lambda: zip_longest(1), lambda: starmap(len), lambda: list(starmap(len, [1])),
       lambda: takewhile(len), lambda: groupby(1), lambda: tee(1), lambda: tee([1], -1),
       lambda: compress([1]), lambda: pairwise(1), lambda: filterfalse(None),
       lambda: count(1, 2, 3), lambda: list(chain.from_iterable([1]))]
for f in bad:
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
