# collections.deque: pop/popleft on an empty deque, bad indexes and missing values.
from collections import deque
d = deque()
for name in ("pop", "popleft"):
    try:
        getattr(d, name)()
    except IndexError as e:
        print(name, "IndexError", e)
d = deque([1, 2])
for i in (2, -3):
    try:
        d[i]
    except IndexError as e:
        print(i, "IndexError", e)
try:
    d[5] = 1
except IndexError as e:
    print("assign IndexError", e)
try:
    d.remove(9)
except ValueError as e:
    print("remove ValueError")
try:
    d["a"]
except TypeError as e:
    print("TypeError")
print(d, d[-1], d[0])
