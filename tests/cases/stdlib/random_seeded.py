# A seeded random sequence must be CPython's (same Mersenne Twister, seeding and
# derivations).
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randrange(100) for _ in range(5)], random.randint(1, 6), random.getrandbits(70))
print(random.choice("abcdef"), random.uniform(2, 3))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample(range(10000), 3))
print(random.choices("abc", k=4), random.choices("abc", weights=[1, 0, 5], k=4))
r = random.Random(2**70 + 3)
print(r.random(), r.randrange(10, 100, 7), r.gauss(0, 1), r.gauss(0, 1))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
random.seed(0)
print(random.random(), random.expovariate(2.0), random.normalvariate(), random.triangular())
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
