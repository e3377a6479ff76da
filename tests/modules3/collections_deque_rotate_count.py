# collections.deque: rotate both ways (beyond the length), count, reverse, insert, index with bounds, copy.
from collections import deque
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(13)
print(d)
d.reverse()
print(d, d.count(3), d.count(9))
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d, d.index("x"), d.index(3, 0, 4))
c = d.copy()
c.clear()
print(len(c), len(d), deque("ab") + deque("cd"), deque("ab") * 2)
try:
    d.index("nope")
except ValueError:
    print("ValueError")
