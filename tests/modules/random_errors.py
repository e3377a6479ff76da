# random: errors of the sampling functions, with CPython's types and messages.
import random
cases = ['random.randrange(0)', 'random.randrange(5, 5)', 'random.randrange(0, 10, 0)', 'random.randint(5, 1)',
         'random.choice([])', 'random.getrandbits(-1)', 'random.sample([1, 2], 3)', 'random.shuffle((1, 2))',
         'random.sample({1, 2}, 1)', 'random.seed([1])', 'random.choices("ab", [1], k=1)',
         'random.choices("ab", [0, 0])', 'random.choices("ab", [1, 1], cum_weights=[1, 2])']
for c in cases:
    try:
        print(c, eval(c))
    except (ValueError, IndexError, TypeError) as e:
        print(c, type(e).__name__, e)
