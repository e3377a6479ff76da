# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, repr.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), c.most_common(2), c.total())
print(sorted(c.elements()))
c.update("aaz"); c.update({"b": 3}); c.subtract(a=2)
print(c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=1)
print(d + e, d - e, d | e, d & e, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
print(Counter(), Counter({"q": 2}), Counter(a=1) == Counter(a=1, b=0), isinstance(c, dict))
del c["nope"]
c2 = c.copy(); c2["r"] = 0
print(c2["r"], "r" in c2, sorted(c2))
try:
    Counter.fromkeys("ab")
except NotImplementedError:
    print("NotImplementedError")
