# Equal keys collide: 1, 1.0 and True are the same key.
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d = {(1, 2): 'tuple', 's': 'str', None: 'none', 2.5: 'float', frozenset([1]): 'fs'}
print(d[(1, 2)], d['s'], d[None], d[2.5], d[frozenset([1])])
print((1, 2) in d, (2, 1) in d, 0 in {0.0: 'z'}, {False: 1}[0])
