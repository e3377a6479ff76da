# itertools.tee (independent copies, n=0), product with repeat and several pools, chain.from_iterable laziness.
import itertools as it
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), it.tee("x", 0))
print(list(it.product("ab", range(2), repeat=1)), len(list(it.product(range(3), repeat=3))), list(it.product("ab", "")))
def gen():
    yield "ab"
    raise RuntimeError("lazy")
c = it.chain.from_iterable(gen())
print(next(c), next(c))
try:
    next(c)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcd", [1, 0, 1])), list(it.filterfalse(None, [0, 1, "", "x"])))
