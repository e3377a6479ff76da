# Extended iterable unpacking with a starred target.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for first, *others in [(1, 2, 3), (4,), 'ab']:
    print(first, others)
[p, q] = 'pq'
print(p, q)
*all_, = (7, 8)
print(all_)
