# In-place set operators mutate the set; on frozensets they rebind.
a = {1, 2, 3}
alias = a
a |= {4}
a &= {1, 2, 4, 5}
a -= {2}
a ^= {9, 1}
print(a, alias is a, alias)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print('TypeError', e)
print(s)
