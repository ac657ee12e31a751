def make_gen(limit):
    def gen():
        for i in range(limit):
            yield i * factor
    factor = 10
    return gen
g = make_gen(3)
print(list(g()))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 10, str)
print(repr(p(4)))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump()
cg = counter_gen()
print(next(cg), next(cg), next(cg))
