# Chained assignment, tuple unpacking and swapping.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, (n, o)] = ['M', 'NO']
print(m, n, o)
i, j, k = range(3)
print(i, j, k)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, 'set'
print(idx, lst)
