r = range(10)
print(r, range(2, 8), range(0, 20, 5), range(5, 0, -1), range(0))
print(list(r), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(5, 0)))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(5, 5)), len(range(0, -10)))
print(r[3], r[-1], r[2:5], r[::-1], r[::2][1:3], range(0, 100, 7)[-2], list(range(10)[1::3]))
print(3 in r, 10 in r, -1 in r, 4.0 in r, 5 in range(0, 10, 2), 6 in range(0, 10, 2))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(11), r.start, r.stop, r.step)
print(range(5) == range(5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(sum(range(101)), max(range(5)), min(range(3, 9)), sorted(range(3), reverse=True), list(reversed(range(4))))
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 3)), big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(1, 10, 2)[1:3])
