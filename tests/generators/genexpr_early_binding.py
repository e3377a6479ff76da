# The outermost iterable of a generator expression is evaluated immediately.
items = [1, 2, 3]
g = (x for x in items)
items = ['replaced']
print(list(g))
n = 10
g = (x + n for x in range(3))
n = 20
print(list(g))
try:
    g = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
