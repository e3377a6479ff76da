# namedtuple errors: wrong arguments (TypeError), bad field names and unknown _replace fields (ValueError).
from collections import namedtuple

P = namedtuple("P", "x y", defaults=[5])
Q = namedtuple("Q", "a b c")
p = P(1)
calls = [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: Q(),
         lambda: Q(1), lambda: Q(1, 2, 3, 4), lambda: P._make([1]), lambda: p._replace(z=1),
         lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x _y"),
         lambda: namedtuple("P", "x 1y"), lambda: namedtuple("class", "x"),
         lambda: namedtuple("P", "x def"), lambda: namedtuple("P", "x", defaults=(1, 2))]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p.other = 5
except AttributeError:
    print("AttributeError")
