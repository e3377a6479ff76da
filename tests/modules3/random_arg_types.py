# random: wrong argument types for randint, randrange, getrandbits, shuffle, choice.
import random
cases = ['random.randint(1, None)', 'random.getrandbits("8")',
         'random.getrandbits(1.5)', 'random.shuffle(None)', 'random.choice(5)',
         'random.uniform("a", 1)', 'random.sample(5, 1)']
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except (TypeError, ValueError, KeyError) as e:
        print(c, type(e).__name__)
