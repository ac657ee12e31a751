import math
print([math.factorial(n) for n in range(8)], math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6), math.lcm(2, 3, 4), math.lcm(10 ** 10, 10 ** 12))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 11), start=2), math.prod([10 ** 10] * 3))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 50))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
            lambda: math.isqrt(-1), lambda: math.gcd(1.5, 2), lambda: math.comb(1.0, 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
