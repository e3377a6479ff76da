# A tuple subclass instance is a tuple: isinstance, repr, len, indexing, iteration, `in`, count/index.
class P(tuple):
    pass

p = P([1, 2, 3])
print(type(p).__name__, isinstance(p, tuple), isinstance(p, P), issubclass(P, tuple))
print(p, repr(p), str(p), len(p), bool(p), bool(P()))
print(p[0], p[-1], [x * 2 for x in p], 2 in p, 5 not in p, p.count(2), p.index(3))
print(P(), P("ab"), P(range(3)), P(x for x in (7, 8)), P((1,)))
print(P.__mro__ == (P, tuple, object), P.__bases__ == (tuple,))
