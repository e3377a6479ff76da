# enumerate, zip (strict=), map, filter, reversed: lazy iterators with CPython's errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([], start=2)), list(enumerate('x', start=2**70)))
e = enumerate(iter([10, 20]))
print(next(e), next(e), type(e).__name__, iter(e) is e)
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(3), 'xyz')), list(zip([1, 2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1], [3], [4, 5], strict=True)))
t(lambda: list(zip([1, 2], [3], [4], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(10))), type(filter(None, [])).__name__)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Seq())), list(reversed(Rev())), list(reversed({'a': 1, 'b': 2})))
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
t(lambda: enumerate())
t(lambda: enumerate(5))
t(lambda: enumerate([], 'a'))
t(lambda: zip(1))
t(lambda: map(len))
t(lambda: map(len, 1))
t(lambda: filter(len))
t(lambda: next(map(len, [1])))
it = map(lambda x: 1 / x, [1, 0])
print(next(it))
t(lambda: next(it))
z = zip('ab', 'cd')
print(next(z), list(z), list(z))
