# List construction, indexing, item assignment and membership.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1])
a[1] = 'two'
print(a)
a[-1] += 10
print(a, 13 in a, 3 in a)
print([], list(), list('abc'), list(range(4)), list((1, 2)))
b = a + [4, 5]
print(b, a * 2, [0] * 3, [[]] * 2)
print(len([[1, 2], [3]]), [[1, 2], [3]][0][1])
