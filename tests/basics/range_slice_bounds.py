# Slicing a range maps both slice bounds through the range (CPython's repr of the result).
r = range(4)
print(r[1::2], r[1:-2:2], r[::3], r[::-1], r[::-2])
r = range(1, 20, 3)
print(r[2:5], r[:100], r[-3:], r[5:2], r[::4])
print(range(10, 0, -3)[1:], range(10, 0, -3)[::-2])
print(range(7, -2, -4)[:], range(0)[1:5], range(5)[4:1:-1])
for s in (r[1::2], range(10, 0, -3)[::-2], range(5)[4:1:-1]):
    print(list(s), len(s))
