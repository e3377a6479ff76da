# Set comprehensions (printed sorted).
s = {x % 4 for x in range(20)}
print(sorted(s), type(s).__name__)
print(sorted({c for c in 'mississippi'}))
print(sorted({(x, y) for x in range(2) for y in range(2)}))
print(len({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
print(sorted({x for x in range(10) if x * x > 20}))
