# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap.
import itertools as it
print(list(it.islice(it.count(), 4)), list(it.islice(it.count(5, -2), 3)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])))
print(list(it.repeat(7, 3)), list(it.islice(it.repeat("x"), 2)), list(it.repeat(1, 0)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.chain()))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
