import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t1).__name__, type(p1).__name__, type(m1).__name__)
print(t1 > 1_600_000_000)
x = sum(range(1000))
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(t2 >= t1, p2 >= p1, m2 >= m1)
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(elapsed >= 0.009, elapsed < 5)
mstart = time.monotonic()
time.sleep(0)
print(time.monotonic() >= mstart)
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
ns1 = time.monotonic_ns()
ns2 = time.monotonic_ns()
print(ns2 >= ns1)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
vals = [time.perf_counter() for _ in range(100)]
print(all(b >= a for a, b in zip(vals, vals[1:])))
