# sorted returns a new list; reversed returns an iterator.
src = [3, 1, 2]
out = sorted(src)
print(src, out, out is src)
print(sorted('cba'), sorted((9, 8)), sorted({2: 'x', 1: 'y'}), sorted(range(3), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 'b'))))
r = reversed(range(3))
print(next(r), next(r), list(r))
print(''.join(reversed('stressed')))
