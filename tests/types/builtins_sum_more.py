# sum(): ints (overflowing into big ints), floats, mixed, start=, sequences, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sum([1, 2, 3]), sum([]), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, 3]), sum([1.5, 2]))
print(sum([2**62, 2**62, 2**62]), sum([2**30] * 8), sum([-2**62] * 4), sum([2**100, -2**100, 1]), sum(iter([1, 2]), 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1, 2], start=0.5), sum(x * x for x in range(5)))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 2**70, 0.5]))
t(lambda: sum(['a', 'b'], ''))
t(lambda: sum([b'a'], b''))
t(lambda: sum([bytearray(b'a')], bytearray()))
t(lambda: sum([1, 'a']))
t(lambda: sum(5))
t(lambda: sum())
t(lambda: sum([1], 2, 3))
