class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
f = Fib(100)
print(list(f), list(f), sum(f), 55 in f, 56 in f, max(f))
print(list(Countdown(5)), list(zip(Countdown(3), Fib(10))), sorted(Countdown(4)))
c = Countdown(3)
for v in c:
    print("count", v)
print(list(c), next(c, "empty"))
class Pairs:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return zip(self.items[::2], self.items[1::2])
print(dict(Pairs("a", 1, "b", 2)), list(Pairs(1, 2, 3)))
a, b = Pairs("x", "y", "z", "w")
print(a, b)
class Infinite:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1
for i in Infinite():
    if i > 3:
        break
print("stopped at", i)
print(list(map(lambda p: p[0] * p[1], zip(Infinite(), Fib(20)))))
