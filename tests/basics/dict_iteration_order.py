# dicts remember insertion order; updating a key keeps its position.
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(list(d))
d['a'] = 'updated'
print(list(d.items()))
del d['z']
d['z'] = 'back'
print(list(d))
print(list(d.values()))
print([k for k, v in d.items() if isinstance(v, int)])
