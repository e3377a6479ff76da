# collections.namedtuple: fields, indexing, unpacking, _fields, _asdict, _replace, _make, defaults, repr.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[0:1], len(p))
x, y = p
print(x, y, list(p), 2 in p, p.count(1), p.index(2))
print(P._fields, p._asdict(), p._replace(y=5), P._make([3, 4]))
print(p == (1, 2), p == P(1, 2), p != P(2, 1), p < P(1, 3), hash(p) == hash((1, 2)))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q(1, 2), Q(1, c=3), Q(a=0, b=0, c=0))
R = namedtuple("R", "name, value")
print(R("n", [1]), R._fields)
d = {p: "point"}
print(d[(1, 2)], tuple(p) + (3,), "%s-%s" % tuple(p))
print(sorted([P(2, 1), P(1, 2), P(1, 1)]))
for bad in [("P", "x x"), ("P", "x _y"), ("P", "x 1y")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    P(1)
except TypeError:
    print("TypeError missing")
try:
    P(1, 2, 3)
except TypeError:
    print("TypeError too many")
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
