# collections.OrderedDict: order, move_to_end, popitem(last=), equality, repr.
from collections import OrderedDict
d = OrderedDict()
d["b"] = 1; d["a"] = 2; d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()))
d.move_to_end("b"); print(list(d))
d.move_to_end("b", last=False); print(list(d))
print(d.popitem(), d.popitem(last=False), d)
o = OrderedDict([("x", 1), ("y", 2)])
print(o == OrderedDict([("y", 2), ("x", 1)]), o == {"y": 2, "x": 1}, o["x"], len(o))
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), isinstance(o, dict))
print(list(reversed(o)), o.copy(), o.get("z", 9))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    o.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
