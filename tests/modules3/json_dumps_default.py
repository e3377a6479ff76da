# json.dumps(default=...): called for unknown objects, its errors propagate; cls-free circular check for dicts.
import json
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps({"p": P(1), "l": [P(2)]}, default=lambda o: {"x": o.x}), json.dumps(set(), default=sorted))
def bad(o):
    raise TypeError("no way: %s" % type(o).__name__)
try:
    json.dumps([P(1)], default=bad)
except TypeError as e:
    print("TypeError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
print(json.dumps((1, 2)), json.dumps(True), json.dumps(None), json.dumps("é"), json.dumps([]), json.dumps({}))
