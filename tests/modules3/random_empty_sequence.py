# random.choice of an empty sequence is IndexError; sample/choices of empty populations.
import random
random.seed(1)
for seq in ([], "", (), range(0), b""):
    try:
        random.choice(seq)
    except IndexError as e:
        print(type(seq).__name__, "IndexError", e)
print(random.sample([], 0), random.choices([], k=0))
for call in ['random.sample([], 1)', 'random.choices([], k=1)', 'random.sample(range(3), -1)']:
    try:
        eval(call)
    except (ValueError, IndexError) as e:
        print(call, type(e).__name__)
