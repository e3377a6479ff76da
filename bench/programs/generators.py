"""Generator pipelines, ``yield from`` and generator expressions.

Chains of small generators (source -> filter -> map -> window -> take),
delegation with ``yield from`` (including recursive tree walks), generator
expressions consumed by sum/max/any/all, zip/enumerate over generators and a
send()-driven running-average coroutine.  Measures generator creation,
resumption and suspension overhead.
"""

ROUNDS = 90
N = 20000


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for _ in range(n):
        yield next(it)


def where(pred, it):
    for x in it:
        if pred(x):
            yield x


def mapped(fn, it):
    for x in it:
        yield fn(x)


def pairwise(it):
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


def chain(*iterables):
    for it in iterables:
        yield from it


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def build_tree(depth, start):
    if depth == 0:
        return start
    return [build_tree(depth - 1, start * 2), start,
            build_tree(depth - 1, start * 2 + 1)]


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def collatz_lengths(limit):
    for n in range(1, limit):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        yield steps


def pipeline(n):
    source = take(n, naturals(1))
    odd = where(lambda x: x % 2 == 1, source)
    squares = mapped(lambda x: x * x % 10007, odd)
    return sum(b - a for a, b in pairwise(squares))


def main():
    checksum = 0
    tree = build_tree(10, 1)
    for r in range(ROUNDS):
        a = pipeline(N)
        b = sum(flatten(tree))
        c = sum(x for x in chain(range(N // 4), range(N // 8), [r]) if x % 3)
        avg = running_average()
        next(avg)
        last = 0
        for i, v in enumerate(mapped(lambda x: x * 7 % 101, range(N // 4))):
            last = avg.send(v + i % 3)
        d = max(collatz_lengths(300 + r))
        e = sum(1 for x, y in zip(naturals(), range(0, N, 3)) if (x + y) % 5 == 0)
        f = any(x > N for x in range(N)) or all(x >= 0 for x in range(N // 2))
        checksum = (checksum * 31 + a + b + c + last + d + e + int(f)) % 1000000007
    print(f"generators rounds={ROUNDS} n={N} checksum={checksum}")


main()
