# itertools: islice (start/stop/step, errors), groupby, tee, zip_longest, pairwise.
import itertools as it
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 4)), list(it.islice("abcdefg", 2, None)))
print(list(it.islice("abcdefg", 0, None, 2)), list(it.islice(range(10), 1, 8, 3)), list(it.islice("ab", 5, 9)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
for bad in [(-1,), (0, 5, 0), ("a",)]:
    try:
        it.islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = it.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
a, b, c = it.tee("xy", 3)
print(next(a), list(b), list(a), list(c))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("a", "bc", fillvalue="-")), list(it.zip_longest()))
print(list(it.pairwise("abcd")), list(it.pairwise("a")))
