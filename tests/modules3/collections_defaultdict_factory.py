# defaultdict: the factory must be callable or None; None means KeyError; missing keys call the factory once.
from collections import defaultdict
for f in (1, "list", [list]):
    try:
        defaultdict(f)
    except TypeError as e:
        print(type(f).__name__, "TypeError", e)
d = defaultdict(None)
try:
    d["x"]
except KeyError as e:
    print("KeyError", e)
calls = []
def make():
    calls.append(1)
    return len(calls)
d = defaultdict(make)
print(d["a"], d["a"], d["b"], len(calls), d.get("c"), "c" in d, sorted(d.items()))
print(d.default_factory is make, defaultdict().default_factory)
