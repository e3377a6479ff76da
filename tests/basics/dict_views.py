# dict views reflect later changes to the dict.
d = {'a': 1, 'b': 2}
k = d.keys()
v = d.values()
it = d.items()
d['c'] = 3
print(list(k), list(v), list(it), len(k))
print('a' in k, 2 in v, ('c', 3) in it, ('c', 4) in it)
for key, value in d.items():
    print(key, value)
print(sorted(k), sum(v))
