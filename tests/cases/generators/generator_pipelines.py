def read_lines():
    for line in ["10", "x", "20", "", "30", "-5"]:
        yield line
def parse(lines):
    for ln in lines:
        if ln.lstrip("-").isdigit():
            yield int(ln)
def positive(nums):
    return (n for n in nums if n > 0)
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(positive(parse(read_lines())))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals()))))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
squares = (i * i for i in range(5))
print(3 in squares, list(squares))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["aa", "b", "ccc"]))
