# itertools: argument errors (negative sizes, zero steps, non-iterables, wrong types), with CPython's types.
import itertools as it
cases = ['it.islice("abc", -1)', 'it.islice("abc", 0, 2, 0)', 'it.islice("abc", "1")', 'it.islice("abc", 1, -2)',
         'it.permutations("abc", -1)', 'it.combinations("abc", -1)', 'it.combinations_with_replacement("ab", -1)',
         'it.product("ab", repeat=-1)', 'it.repeat(1, "2")', 'it.count("a")', 'it.chain(1)', 'list(it.chain(1))',
         'it.cycle(5)', 'it.accumulate(5)', 'it.zip_longest(1)', 'it.starmap(len, 5)', 'it.tee("ab", -1)',
         'it.compress("ab", 1)', 'it.groupby(3)', 'it.pairwise(3)', 'it.takewhile(None)', 'list(it.starmap(pow, [1]))']
for c in cases:
    try:
        r = eval(c)
        print(c, "ok", list(r) if c.startswith(("it.product", "it.repeat")) else "")
    except (ValueError, TypeError) as e:
        print(c, type(e).__name__)
print(list(it.product("ab", repeat=0)), list(it.permutations("ab", 3)), list(it.combinations("ab", 3)), list(it.repeat(1, -5)))
