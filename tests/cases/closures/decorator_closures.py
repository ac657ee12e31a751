def counter_decorator(fn):
    count = 0
    def wrapper(*args, **kwargs):
        nonlocal count
        count += 1
        print(f"{fn.__name__} call #{count}")
        return fn(*args, **kwargs)
    def get_count():
        return count
    wrapper.get_count = get_count
    return wrapper
@counter_decorator
def square(x):
    return x * x
print(square(3), square(4), square.get_count())
def retry(times):
    def decorate(fn):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorate
@retry(3)
def flaky(attempt, target):
    if attempt < target:
        raise ValueError(f"not yet ({attempt})")
    return f"succeeded on attempt {attempt}"
print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)
def cache(fn):
    memo = {}
    def wrapper(n):
        if n not in memo:
            memo[n] = fn(n)
        return memo[n]
    wrapper.memo = memo
    return wrapper
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.memo))
def make_adders():
    return {name: (lambda k: lambda x: x + k)(k) for name, k in [("one", 1), ("ten", 10)]}
adders = make_adders()
print(adders["one"](5), adders["ten"](5))
