# OrderedDict.move_to_end of a missing key and popitem of an empty dict are KeyError.
from collections import OrderedDict
d = OrderedDict(a=1, b=2, c=3)
d.move_to_end("a")
d.move_to_end("c", last=False)
print(list(d))
try:
    d.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d.move_to_end("zz", last=False)
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(last=False), list(d))
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem(last=False)
except KeyError as e:
    print("KeyError", e)
