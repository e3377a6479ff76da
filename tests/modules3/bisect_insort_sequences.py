# bisect.insort keeps order and stability (insort_left before equals, insort_right after); works on any mutable sequence with insert.
import bisect
a = []
for x in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(a, x)
print(a)
pairs = [(1, "a"), (2, "b")]
bisect.insort_left(pairs, (2, "a"))
bisect.insort_right(pairs, (1, "z"))
print(pairs)
class Seq(list):
    pass
s = Seq([1, 3])
bisect.insort(s, 2)
print(s, type(s).__name__, bisect.bisect_left("ace", "b"), bisect.bisect_right((1, 2, 2, 3), 2))
