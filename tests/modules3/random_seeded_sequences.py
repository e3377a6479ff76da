# random with an int seed reproduces CPython's sequences for random, getrandbits, randrange, shuffle, choice.
import random
random.seed(2024)
print([random.random() for _ in range(3)])
print([random.getrandbits(16) for _ in range(4)], [random.randrange(100) for _ in range(5)])
l = list(range(10))
random.shuffle(l)
print(l, random.choice("abcdefgh"), random.randint(1, 6), random.uniform(1, 2))
random.seed(2024)
print(random.random())
