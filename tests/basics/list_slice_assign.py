# Assigning to and deleting list slices.
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = ['e'] * len(a[::2])
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
b[:] = 'abc'
print(b)
c = [1, 2, 3, 4, 5, 6]
c[4:1:-1] = ['p', 'q', 'r']
print(c)
