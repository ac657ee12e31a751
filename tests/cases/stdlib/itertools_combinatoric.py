# itertools: product, permutations, combinations (order and edge cases).
from itertools import (combinations, combinations_with_replacement,
                       permutations, product)

print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), list(product("a", repeat=0)))
print(list(product("ab", "c", repeat=2)))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([], 0)), list(permutations("ab", 3)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)),
      list(combinations_with_replacement("x", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))),
      len(list(product(range(3), repeat=4))))
print(sum(1 for _ in combinations_with_replacement(range(5), 3)))
gen = (x for x in "xyz")
p = product(gen, repeat=2)
print(list(gen), len(list(p)))
for bad in [lambda: permutations([1], -1), lambda: combinations([1], -1),
            lambda: combinations([1]), lambda: product([1], repeat=-1),
            lambda: combinations_with_replacement([1], -1), lambda: product(1),
            lambda: permutations(1), lambda: combinations([1], "x"),
            lambda: product([1], repeat="x")]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
