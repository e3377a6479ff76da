# The common dict methods.
d = {'one': 1, 'two': 2}
print(d.get('one'), d.get('three'), d.get('three', 3))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault('two', 22), d.setdefault('four', 4), d)
print(d.pop('one'), d.pop('missing', 'dflt'), d)
d.update({'five': 5, 'two': 'II'})
d.update(six=6)
d.update([('seven', 7)])
print(d)
e = d.copy()
e['two'] = 'changed'
print(d['two'], e['two'], len(d) == len(e))
print(sorted(d), sorted(d.values(), key=str))
