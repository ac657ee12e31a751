# heapq: heap layouts match CPython's, merge, nlargest/nsmallest, errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["bb", "a"], ["ccc"], key=len)), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]),
      heapq.nlargest(2, ["aaa", "b", "cc"], key=len), heapq.nsmallest(1, []), heapq.nlargest(10, [1, 2]),
      heapq.nsmallest(0, [1]), heapq.nlargest(1, iter([4, 9, 2])))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(None), lambda: heapq.heappush([1, "a"][:1], "b")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
