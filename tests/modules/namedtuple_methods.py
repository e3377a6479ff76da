# namedtuple's _fields, _make, _replace, _asdict, defaults=, _field_defaults, rename=, __match_args__.
from collections import namedtuple

P = namedtuple("P", ["x", "y", "z"], defaults=[0, 9])
p = P(1)
print(p, P._fields, P._field_defaults, P.__match_args__)
print(P._make([4, 5, 6]), type(P._make(range(3))).__name__, p._replace(z=3), p._asdict())
print(P(1, 2), P(1, z=2), P(x=0, y=0, z=0), p._replace(), p._replace(x=7, y=8) == (7, 8, 9))
R = namedtuple("R", "a, def, a, _b, ok", rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
S = namedtuple("S", "")
print(S(), S._fields, len(S()))

match P(1, 2, 3):
    case P(a, b, z=3):
        print("matched", a, b)
