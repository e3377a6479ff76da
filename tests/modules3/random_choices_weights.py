# random.choices with weights/cum_weights and sample with counts: CPython's sequences for an int seed, and errors.
import random
random.seed(7)
print(random.choices("abc", k=5), random.choices("abc", [1, 0, 5], k=5), random.choices("abc", cum_weights=[1, 1, 10], k=4))
print(random.sample(range(100), 5), random.sample("abcdef", k=3))
for call in ['random.choices("ab", [1, 2, 3])', 'random.choices("ab", [0, 0])', 'random.choices("ab", [-1, 1])', 'random.sample("ab", 3)']:
    try:
        eval(call)
        print(call, "ok")
    except (ValueError, TypeError) as e:
        print(call, type(e).__name__, e)
