# heapq: the list's order after pushes, pops, heapify and replace equals CPython's, for ints, tuples and strings.
import heapq
h = []
for x in (9, 4, 7, 1, 8, 2, 6, 3, 5, 0):
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
t = [(3, "c"), (1, "a"), (2, "b"), (1, "0")]
heapq.heapify(t)
print(t, heapq.heapreplace(t, (0, "z")), heapq.heappushpop(t, (5, "e")), t)
s = list("heapqueue")
heapq.heapify(s)
print(s)
