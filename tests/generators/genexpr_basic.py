# Generator expressions.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(list(x for x in 'abc'), sum(x for x in range(10) if x % 2))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(tuple(s.upper() for s in ['a', 'b']), sorted(-x for x in [3, 1, 2]))
data = [1, 2, 3]
g = (x + 100 for x in data)
data.append(4)
print(list(g))
