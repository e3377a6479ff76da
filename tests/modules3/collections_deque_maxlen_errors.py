# collections.deque: maxlen must be a non-negative int; a full deque drops from the other end.
from collections import deque
for args in [((), -1), ((), "2"), ((), 1.5), ((), None)]:
    try:
        d = deque(*args)
        print(args, "ok", d.maxlen)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
d = deque([1, 2, 3, 4], 2)
print(d, d.maxlen)
d.append(5)
d.appendleft(0)
print(d)
d.extend([6, 7, 8])
print(d)
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
try:
    d.maxlen = 5
except AttributeError:
    print("AttributeError")
