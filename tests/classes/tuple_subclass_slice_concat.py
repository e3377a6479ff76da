# Slicing, +, * and tuple() of a tuple subclass give plain tuples, as in CPython.
class P(tuple):
    pass

p = P([1, 2, 3])
for r in [p[:], p[1:], p[::-1], p + (4,), (0,) + p, p + p, p * 2, 2 * p, tuple(p)]:
    print(r, type(r).__name__)
q = p
q += (9,)
print(q, type(q).__name__, p)
