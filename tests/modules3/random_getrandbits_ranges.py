# random.getrandbits/randrange/randint stay within their ranges (big ranges too); getrandbits(0) is 0.
import random
random.seed(12345)
print(random.getrandbits(0), all(0 <= random.getrandbits(k) < 2 ** k for k in (1, 7, 31, 32, 33, 64, 65, 200) for _ in range(20)))
print(all(5 <= random.randrange(5, 10) < 10 for _ in range(50)), all(random.randrange(0, 20, 5) % 5 == 0 for _ in range(50)))
print(all(-3 <= random.randint(-3, 3) <= 3 for _ in range(50)), random.randint(7, 7), random.randrange(-10, -9))
big = 2 ** 100
print(all(0 <= random.randrange(big) < big for _ in range(20)), all(big <= random.randint(big, big + 3) <= big + 3 for _ in range(20)))
print(all(10 >= random.randrange(10, 0, -1) > 0 for _ in range(30)))
