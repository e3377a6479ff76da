# List comprehensions with transformations and conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([c.upper() for c in 'hello' if c != 'l'])
print([(x, y) for x in range(3) for y in 'ab'])
print([x if x % 2 else -x for x in range(6)])
print([len(w) for w in 'the quick brown fox'.split()])
print([[i * j for j in range(3)] for i in range(3)])
print([x for x in [3, 1, 2] if x > 1 if x < 3])
