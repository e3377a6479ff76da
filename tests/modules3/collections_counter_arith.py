# collections.Counter arithmetic (+ - & |), most_common ordering, elements, subtract, update, missing keys.
from collections import Counter
a = Counter("aabbbc")
b = Counter(a=1, b=5, d=2)
print(sorted((a + b).items()), sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items()))
print(a.most_common(2), a.most_common(), sorted(a.elements()), a["zzz"], "zzz" in a)
a.subtract({"a": 5})
print(a["a"], sorted((+a).items()), sorted((-a).items()))
a.update(["c", "c"])
a.update(c=1)
print(a["c"], Counter() == Counter(), Counter(a=0) == Counter(), len(Counter("abc")))
