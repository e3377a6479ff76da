# itertools.accumulate with func and initial; groupby with key on unsorted data; zip_longest fillvalue.
import itertools as it
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate("abc")), list(it.accumulate([2, 3], lambda a, b: a ** b, initial=2)))
print([(k, list(g)) for k, g in it.groupby("aabbbac")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.zip_longest()), list(it.zip_longest("a", "", "xy")))
