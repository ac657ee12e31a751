stack = []
for op in ["push 1", "push 2", "pop", "push 3", "push 4", "pop", "pop"]:
    if op.startswith("push"):
        stack.append(int(op.split()[1]))
    else:
        print("popped", stack.pop())
print("stack", stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue, queue[0], queue[-1])
buf = list(range(10))
while len(buf) > 3:
    buf = buf[::2]
print(buf)
lst = [5, 3, 8]
lst[len(lst):] = [9, 10]
lst[:0] = [0]
print(lst, lst.index(8), lst[-2:])
items = ["a", "b", "c", "d"]
rotated = items[1:] + items[:1]
print(rotated, items[-1:] + items[:-1])
nums = [1, 2, 3, 4, 5, 6]
nums[:] = [n for n in nums if n % 2 == 0]
print(nums)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix)
a = [3, 1, 2]
b = sorted(a)
a.sort(reverse=True)
print(a, b, a[::-1] == b)
print([1, 2, 3].__iter__().__next__(), list(reversed([])), [[]] == [[]], [] is not [])
