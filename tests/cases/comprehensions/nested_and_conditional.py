grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
flat = [cell for row in grid for cell in row if sum(cell) % 2 == 0]
print(flat)
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x) if y != 1])
print([[y for y in range(x) if y % 2] for x in range(6)])
print({x: {y: x * y for y in range(3)} for x in range(2)})
print([val for sub in [[1, [2]], [3]] for val in sub])
print(sum(1 for _ in range(100) if _ % 7 == 0))
print([i for i in (j * 2 for j in range(5)) if i > 2])
print(["yes" if c.isupper() else "no" for c in "aBcD"])
print(list(zip(*[(i, i * i) for i in range(4)])))
text = ["alpha beta", "gamma", "delta epsilon zeta"]
print([w for line in text for w in line.split() if len(w) > 4])
print({len(w) for line in text for w in line.split()} == {4, 5, 7})
print(max((len(w), w) for line in text for w in line.split()))
print([[row[c] for row in [[1, 2, 3], [4, 5, 6]]] for c in range(3)])
n = 3
print([[1 if i == j else 0 for j in range(n)] for i in range(n)])
