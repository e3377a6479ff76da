# iter() and next() on builtin iterables.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
s = iter('ab')
print(next(s), list(s), list(s))
d = iter({'k1': 1, 'k2': 2})
print(next(d), next(d))
r = iter(range(2))
print(iter(r) is r, list(r))
it = iter((1, 2, 3))
for x in it:
    print('got', x)
    if x == 1:
        print('skip', next(it))
