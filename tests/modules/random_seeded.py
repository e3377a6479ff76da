# random: a seeded generator draws CPython's exact sequence (Mersenne Twister and random.py's algorithms).
import random
random.seed(42)
print(random.random(), random.getrandbits(5), random.getrandbits(70), random.randint(1, 100), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.uniform(1, 2), random.randrange(10), random.randrange(10, 0, -3), random.getrandbits(0))
l = list(range(10))
random.shuffle(l)
print(l, random.sample(range(100), 5), random.sample(list(range(30)), 10))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 2, 3], k=4), random.choices("ab", cum_weights=[1, 5], k=3))
print(random.gauss(0, 1), random.gauss(10, 2), random.randrange(2**70))
for seed in (-5, 0, 2**100, 1.5, True):
    random.seed(seed)
    print(seed, random.random())
random.seed(7)
a = [random.random() for i in range(3)]
random.seed(7)
print(a == [random.random() for i in range(3)])
random.seed()
print(0 <= random.random() < 1, 1 <= random.randint(1, 6) <= 6)
