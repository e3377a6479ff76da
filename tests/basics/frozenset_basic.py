# frozenset is immutable and hashable; it compares equal to an equal set.
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(f == {1, 2, 3}, frozenset() == set(), sorted(f | {9}), sorted(f & {1, 5}))
print(type(f | {9}).__name__, type({9} | f).__name__)
d = {f: 'value'}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
