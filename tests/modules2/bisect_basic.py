# bisect: bisect_left/right, insort_left/right with lo, hi and key; errors.
import bisect
a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in [0, 2, 4, 6]], [bisect.bisect_right(a, x) for x in [0, 2, 4, 6]])
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 5, 0, 3), bisect.bisect_right(a, 1, 3))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 0, 0, 0)
print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("e", 1), key=lambda r: r[1])
print(recs)
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1, 3), 3))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.bisect([1, 2], "x")
except TypeError:
    print("TypeError")
