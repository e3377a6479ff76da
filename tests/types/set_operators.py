# Set operators and comparisons between set and frozenset.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
fa, fb = frozenset(a), frozenset(b)
print(fa | fb, fa & b, a - fb, fa ^ fb, type(fa | b).__name__, type(a | fb).__name__)
print(a == fa, fa == a, a != b, {1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} < fb)
print({1, 2} == {2, 1}, set() == frozenset(), {1} == [1], {1} != (1,))
for op in [lambda: a | [1], lambda: a & 'x', lambda: a - None, lambda: a < [1], lambda: [1] | a]:
    try:
        print(op())
    except TypeError as e:
        print('TypeError', e)
print(len(a | b), 3 in a & b, sorted(a ^ b))
