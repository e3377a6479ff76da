# collections.Counter comparisons are multiset inclusion (missing counts are zero); other types are TypeError.
from collections import Counter
a, b = Counter(a=1), Counter(a=2, b=1)
print(a < b, a <= b, b > a, b >= a, a > b, b < a, a <= a, a < a, Counter() <= a, Counter(a=0) == Counter())
print(Counter(a=-1) < Counter(), Counter(a=1, b=0) >= Counter(a=1), Counter("ab") <= Counter("abc"))
try:
    a < {"a": 2}
except TypeError:
    print("TypeError")
