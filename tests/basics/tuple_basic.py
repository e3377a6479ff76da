# Tuple construction, indexing, packing and methods.
t = (1, 'two', 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3])
print((), (5,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
u = 1, 2, 3
print(u, type(u).__name__)
print(t + u, u * 2, 2 in u, 'x' not in u)
print((1, 2, 1, 1).count(1), (5, 6, 7).index(7))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) != (2, 1))
