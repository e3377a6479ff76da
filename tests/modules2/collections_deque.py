# collections.deque: both ends, extend/extendleft, rotate, maxlen, indexing, iteration, errors.
from collections import deque
d = deque()
d.append(1); d.append(2); d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d), bool(d))
d.extend([3, 4]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d[1] = 99; print(d, 99 in d, 7 in d)
print(list(reversed(d)), d.count(99), d.index(99))
d.remove(99); print(d)
d.clear(); print(d, len(d), bool(d))
m = deque([1, 2, 3], maxlen=3)
m.append(4); print(m, m.maxlen)
m.appendleft(0); print(m)
m.extend([7, 8]); print(m)
print(deque(range(5), 2), deque(maxlen=0), deque("abc"))
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
print(deque([1, 2]) == deque([1, 2]), deque([1]) != deque([2]))
e = deque([1, 2]); e += [3]; print(e, e + deque([4]), e.copy())
for op in ["pop", "popleft"]:
    try:
        getattr(deque(), op)()
    except IndexError as err:
        print("IndexError", err)
try:
    deque([1])[5]
except IndexError as err:
    print("IndexError", err)
try:
    deque([1]).remove(2)
except ValueError:
    print("ValueError")
try:
    deque([], -1)
except ValueError as err:
    print("ValueError", err)
