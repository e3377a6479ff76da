# collections.defaultdict: default_factory, __missing__, repr, errors; ucollections alias.
from collections import defaultdict
try:
    import ucollections
except ImportError:
    import collections as ucollections
d = defaultdict(list)
d["a"].append(1); d["a"].append(2); d["b"]
print(d, d.default_factory is list, sorted(d.items()))
c = defaultdict(int)
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()), c.get("z"), "z" in c)
n = defaultdict(None, {"x": 1})
print(n, n["x"])
try:
    n["y"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(lambda: "dflt")["k"], isinstance(d, dict))
class Counter(dict):
    def __missing__(self, k):
        return 0
print(Counter()["q"])
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
print(ucollections.deque([1]).pop(), ucollections.namedtuple("T", "a")(1))
