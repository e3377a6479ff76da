# itertools.islice: CPython's ValueError messages for bad indices.
import itertools as it
for args in [(-1,), (0, -1), (0, 5, 0), (0, 5, -1), ("a",), (None, None, 0)]:
    try:
        it.islice(range(10), *args)
    except ValueError as e:
        print(args, e)
print(list(it.islice(range(10), None)), list(it.islice(range(10), None, None, 3)), list(it.islice(range(10), 8, None)))
