# A namedtuple instance is a real tuple: isinstance, ==/hash with tuples, unpacking, len, indexing, slicing.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, isinstance(p, tuple), issubclass(P, tuple), type(p).__name__, P.__bases__ == (tuple,))
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {(1, 2): "t"}[p], p < (1, 3))
x, y = p
print(x, y, len(p), p[0], p[-1], p[:1], type(p[:1]).__name__, p + (3,), list(p), 2 in p)
print(p.x, p.y, P(y=5, x=4), "%s/%s" % p, max(p), sorted([P(2, 1), P(1, 2)]))

def f(*args):
    return args

print(f(*p), "ab".startswith(P("x", "a")), hasattr(p, "__dict__"))
