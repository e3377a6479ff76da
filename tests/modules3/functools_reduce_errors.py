# functools.reduce: empty iterable without initial is TypeError; non-callable and non-iterable arguments.
from functools import reduce
print(reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a * b, [5]), reduce(lambda a, b: a - b, range(5), 100))
for call in ['reduce(lambda a, b: a, [])', 'reduce(lambda a, b: a, iter(()))', 'reduce(None, [1, 2])',
             'reduce(lambda a, b: a, 5)', 'reduce(lambda a: a, [1, 2])', 'reduce()']:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError")
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def boom(a, b):
    raise ValueError("from f")
try:
    reduce(boom, [1, 2])
except ValueError as e:
    print("ValueError", e)
