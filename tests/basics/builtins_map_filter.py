# map and filter are lazy iterators.
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, '', 'a', [], [0]])))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(str, ['', 'keep', ''])
print(list(f))
print(sum(map(len, ['ab', 'cde'])))
