# frozenset: construction, hashing, as dict keys and set members, methods.
f = frozenset([3, 1, 2, 3])
print(f, frozenset(), frozenset(f) is f, frozenset('') == frozenset(), len(f), 2 in f)
print(hash(f) == hash(frozenset({1, 2, 3})), hash(frozenset()) == hash(frozenset([])))
d = {f: 'x', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 1})}
print(len(nested), frozenset({1}) in nested, {1} in nested)
print(f.union([4]), f.intersection({1, 9}), f.difference([1]), f.symmetric_difference({3, 4}), f.copy() is f)
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]), sorted(f), list(frozenset([5])), repr(frozenset({1})))
class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x).__name__, x == {1, 2}, type(x | {3}).__name__, isinstance(x, frozenset))
