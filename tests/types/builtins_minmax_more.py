# min/max: iterables, several arguments, key=, default=, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min('bca'), max('a', 'b', key=str.upper), max([], default=None))
print(max([1, 3, 2], key=lambda x: -x), min(['aa', 'b', 'ccc'], key=len), max((1, 'a'), (1, 'b')), min([2.5, 2, 3]))
print(max([1, 1.0]), max([1.0, 1]), min([0, -0.0]), max(iter([4, 9, 2])), min({5: 'a', 3: 'b'}), max(range(10**6)))
print(max([2**70, 2**65, -1]), min(x for x in [5, 4, 6]), max('z', 'zz', 'y'), min([[2], [1, 5]]), max([3], default=0))
t(lambda: max())
t(lambda: min([]))
t(lambda: max([], default=1, key=abs))
t(lambda: max(1, 2, default=3))
t(lambda: min(1))
t(lambda: max([1, 'a']))
t(lambda: max([1], foo=2))
t(lambda: min(1, 2, key=lambda x: x / 0))
