# bisect: hi=-1 means "the whole list" as CPython's C functions take it; other negative hi search nothing.
import bisect
a = [1, 2, 2, 3]
print(bisect.bisect_right(a, 2, hi=-1), bisect.bisect_left(a, 2, 0, -1), bisect.bisect(a, 5, hi=-1))
print(bisect.bisect_right(a, 2, hi=-2), bisect.bisect_left(a, 3, 0, -5), bisect.bisect_left(a, 0, hi=0))
b = [1, 3]
bisect.insort(b, 2, 0, -1)
print(b)
