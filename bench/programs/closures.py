"""Closure-heavy functional code.

Counters and accumulators built from nested functions with ``nonlocal``,
higher-order functions (compose, curry-style partial application, repeated
application), lambdas passed to map/filter/sorted, decorators implemented as
closures, and a closure-based memoiser.  Measures cell-variable access and
the cost of creating and calling many small function objects.
"""

ROUNDS = 170
N = 5000


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    return counter


def make_accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    def stats():
        return total, len(history)

    return add, stats


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


def partial(fn, *bound):
    def call(*args):
        return fn(*bound, *args)
    return call


def repeat(fn, times):
    def run(x):
        for _ in range(times):
            x = fn(x)
        return x
    return run


def counted(fn):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args)

    def get_calls():
        return calls

    return wrapper, get_calls


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapper


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def make_chain(n):
    # Each closure captures the previous one: f_k(x) = f_{k-1}(x) + k.
    f = lambda x: x
    for k in range(n):
        f = (lambda prev, k: lambda x: prev(x) + k)(f, k)
    return f


def run_round(r):
    counter = make_counter(r, 3)
    add, stats = make_accumulator()
    for _ in range(N):
        add(counter() % 7)
    total, count = stats()

    inc = lambda x: x + 1
    dbl = lambda x: x * 2 % 100003
    pipeline = compose(inc, dbl, partial(lambda a, b: a * b % 100003, 3))
    p = 0
    for i in range(N):
        p = (p + pipeline(i)) % 1000003

    mul, mul_calls = counted(lambda a, b: a * b % 9973)
    m = 0
    for i in range(N // 2):
        m += mul(i, i + r)

    @memoize
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    adders = make_adders(50)
    a = sum(f(i) for i, f in enumerate(adders))
    chained = make_chain(60)(r)
    evens = list(filter(lambda x: x % 2 == 0, map(lambda x: x * 3 + r, range(N))))
    srt = sorted(range(200), key=lambda x: (x * 37 + r) % 101)
    rep = repeat(lambda x: (x * 5 + 1) % 65537, 1000)(r)
    return (total + count + p + m + mul_calls() + fib(90) % 1000007 + a
            + chained + len(evens) + srt[0] + srt[-1] + rep)


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 31 + run_round(r)) % 1000000007
    print(f"closures rounds={ROUNDS} n={N} checksum={checksum}")


main()
