# functools.reduce: the initial value is positional only; too many arguments are TypeError; the initial may be None.
from functools import reduce
print(reduce(lambda a, b: [a, b], [1, 2], None), reduce(lambda a, b: a + b, [], None), reduce(max, [3, 9, 2], 0))
for call in ['reduce(lambda a, b: a + b, [1], initial=5)', 'reduce(lambda a, b: a, [1], 0, 1)', 'reduce(lambda a, b: a)']:
    try:
        print(call, eval(call))
    except TypeError:
        print(call, "TypeError")
