# OrderedDict and defaultdict with | and |=: the result keeps the subclass (and the default factory), order follows the operands.
from collections import OrderedDict, defaultdict
a = OrderedDict(x=1, y=2)
r = a | {"z": 3, "x": 0}
print(type(r).__name__, r, type({"w": 0} | a).__name__, {"w": 0} | a)
a |= {"q": 9}
print(type(a).__name__, list(a))
d = defaultdict(list, k=[1])
u = d | {"m": [2]}
print(type(u).__name__, u.default_factory is list, sorted(u.items()), u["new"], type({"n": 0} | d).__name__)
try:
    a | [1]
except TypeError:
    print("TypeError")
