# OrderedDict: equality is order-sensitive with another OrderedDict but not with a dict; reversed, copy, fromkeys, setdefault.
from collections import OrderedDict
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, list(reversed(a)), a.copy() == a, type(a.copy()).__name__)
c = OrderedDict.fromkeys("abc", 0)
print(c, c.setdefault("d", 4), c.setdefault("a", 9), list(c.items()))
c.update([("a", 1)], z=26)
del c["b"]
print(list(c.keys()), c.pop("z"), c.pop("nope", "default"))
try:
    c.pop("nope")
except KeyError as e:
    print("KeyError", e)
