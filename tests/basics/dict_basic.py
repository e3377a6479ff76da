# dict creation, lookup, assignment, deletion and membership.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'])
print('a' in d, 'z' in d, 1 in d, 'z' not in d)
del d['b']
print(d)
print({}, dict(), dict(x=1, y=2), dict([('k', 'v'), (1, 2)]))
print(dict(zip('abc', range(3))), dict({'q': 0}, r=1))
for k in d:
    print(k, d[k])
