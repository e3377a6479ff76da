# Reading list slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::3], a[1::2], a[::-1], a[8:1:-3], a[-1:-4:-1])
print(a[5:2], a[20:], a[-20:1], a[3:3])
b = a[:]
b[0] = 'changed'
print(a[0], b[0])
