# sorted(): key=, reverse=, stability, any iterable, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted('banana'), sorted({3: 'x', 1: 'y'}), sorted(range(5), reverse=True), sorted([3, 1.5, 2**70, -1]))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([], key=len), sorted((x for x in [3, 1, 2])), sorted([[2, 1], [1, 2]]))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
t(lambda: sorted())
t(lambda: sorted([1], 1))
t(lambda: sorted(1))
t(lambda: sorted([1, 'a']))
t(lambda: sorted([1], cmp=None))
