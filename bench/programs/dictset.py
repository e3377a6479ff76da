"""Dict and set churn with int and str keys.

Inserts, looks up, updates and deletes keys in dicts and sets driven by a
small linear congruential generator, so the key stream is deterministic but
irregular.  Covers int keys, str keys, tuple keys, dict methods (get,
setdefault, pop, items, update), dict/set comprehensions and set algebra.
Nothing depends on set iteration order, so the result is portable.
"""

ROUNDS = 12
N = 20000


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def int_dict_churn(rng, n):
    d = {}
    hits = 0
    for _ in range(n):
        k = rng.next(n)
        if k in d:
            d[k] += 1
            hits += 1
        else:
            d[k] = 1
    for _ in range(n):
        k = rng.next(n)
        v = d.get(k)
        if v is not None and v > 1:
            del d[k]
    removed = 0
    for _ in range(n // 4):
        if d.pop(rng.next(n), None) is not None:
            removed += 1
    return len(d) + hits * 3 + removed * 7 + sum(d.values())


def str_dict_churn(rng, n):
    d = {}
    for i in range(n):
        key = "k" + str(rng.next(n // 2))
        d.setdefault(key, []).append(i)
    total = 0
    for key, positions in d.items():
        total += len(positions) * len(key)
    words = {f"w{i}": i for i in range(0, n, 3)}
    found = 0
    for i in range(n):
        if f"w{i}" in words:
            found += words[f"w{i}"]
    other = {f"w{i}": -i for i in range(0, n, 5)}
    words.update(other)
    neg = sum(1 for v in words.values() if v < 0)
    return total + found + neg + len(words)


def tuple_dict(rng, n):
    grid = {}
    for _ in range(n):
        x = rng.next(100)
        y = rng.next(100)
        grid[(x, y)] = grid.get((x, y), 0) + x * y
    s = 0
    for (x, y), v in grid.items():
        if (y, x) in grid:
            s += v
    return s + len(grid)


def set_ops(rng, n):
    a = set()
    b = set()
    for _ in range(n):
        a.add(rng.next(n))
        b.add(rng.next(n))
    for _ in range(n // 2):
        a.discard(rng.next(n))
    union = a | b
    inter = a & b
    diff = a - b
    sym = a ^ b
    names = {str(x) for x in inter}
    members = sum(1 for i in range(n) if i in a) + sum(1 for x in names if x in names)
    return (len(union) * 5 + len(inter) * 3 + len(diff) + len(sym)
            + sum(inter) % 100003 + members + (1 if diff.issubset(a) else 0))


def main():
    rng = LCG(12345)
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 31 + int_dict_churn(rng, N)) % 1000000007
        checksum = (checksum * 31 + str_dict_churn(rng, N)) % 1000000007
        checksum = (checksum * 31 + tuple_dict(rng, N)) % 1000000007
        checksum = (checksum * 31 + set_ops(rng, N)) % 1000000007
    print(f"dictset rounds={ROUNDS} n={N} checksum={checksum}")


main()
