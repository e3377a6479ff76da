# Iteration order of int sets is CPython's (hash-table order): printed sets match exactly.
print({3, 1, 2}, {10, 5, 100, 7}, {-1, -2, 0}, set(range(20, 0, -3)), {2**40, 1, 2**40 + 1})
s = set()
for i in [8, 16, 24, 1, 9, 17, 0, 32, 64]:
    s.add(i)
print(s)
for i in [16, 1]:
    s.discard(i)
s.add(40)
print(s, list(s))
big = set(range(100, 0, -7))
print(big)
print({1, 2, 3} | {8, 4}, {1, 2, 3, 4} & {4, 3}, {5, 3, 1} ^ {1, 2}, {9, 8, 7} - {8})
print({x % 13 for x in range(50)}, frozenset([30, 20, 10]), {1.5, 2.5, 0.5})
print(set([1000, 2000, 3000, 4000, 5000, 6000]), {True, 2, 0})
