# enumerate and zip.
for i, ch in enumerate('abc'):
    print(i, ch)
print(list(enumerate(['x', 'y'], 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
names = ['ann', 'bob']
ages = [31, 42]
for n, a in zip(names, ages):
    print(n, a)
pairs = list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')]))
print(pairs)
print(dict(enumerate('xyz')))
