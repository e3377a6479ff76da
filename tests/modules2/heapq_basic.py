# heapq: push/pop order, heapify, heapreplace, heappushpop, nlargest/nsmallest, errors.
import heapq
try:
    import uheapq
except ImportError:
    uheapq = heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(7)], h)
a = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(a)
print(a)
print(heapq.heapreplace(a, 5), a)
print(heapq.heappushpop(a, 0), heapq.heappushpop(a, 3), a)
t = []
for item in [(2, "b"), (1, "a"), (3, "c"), (1, "z")]:
    uheapq.heappush(t, item)
print([uheapq.heappop(t) for _ in range(4)])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
for f in (heapq.heappop, lambda h: heapq.heapreplace(h, 1)):
    try:
        f([])
    except IndexError as e:
        print("IndexError", e)
for f in (lambda: heapq.heappush((), 1), lambda: heapq.heapify(5)):
    try:
        f()
    except TypeError:
        print("TypeError")
try:
    heapq.heappush([1], "a")
except TypeError:
    print("TypeError compare")
