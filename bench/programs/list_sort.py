"""List operations and sorting.

Sorts LCG-generated lists of ints, floats, strings and tuples with
list.sort/sorted (plain, reverse=True, key= functions, stability checks),
and runs a hand-written merge sort and binary search for comparison with the
builtin.  Also exercises list comprehensions, slicing, append/extend/insert/
pop, reverse, index/count, min/max and sum.
"""

ROUNDS = 11
N = 20000


def lcg_list(seed, n, bound):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((s >> 4) % bound)
    return out


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def bisect_left(items, x):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def is_sorted(items):
    return all(items[i] <= items[i + 1] for i in range(len(items) - 1))


def run_round(r):
    ints = lcg_list(r + 1, N, 1000000)
    a = sorted(ints)
    b = merge_sort(ints)
    assert a == b and is_sorted(a)

    floats = [x / 7.0 - 5000.0 for x in lcg_list(r + 2, N, 100000)]
    floats.sort(reverse=True)

    words = [f"w{x:x}" for x in lcg_list(r + 3, N // 2, 50000)]
    words.sort(key=len)
    by_len_then_alpha = sorted(words, key=lambda w: (len(w), w))

    records = [(x % 100, i, str(x)) for i, x in enumerate(lcg_list(r + 4, N // 2, 10000))]
    records.sort(key=lambda rec: rec[0])
    stable = all(records[i][1] < records[i + 1][1]
                 for i in range(len(records) - 1)
                 if records[i][0] == records[i + 1][0])

    hits = 0
    for x in lcg_list(r + 5, 2000, 1000000):
        k = bisect_left(a, x)
        if k < len(a) and a[k] == x:
            hits += 1

    work = ints[:1000]
    for i in range(200):
        work.insert(i * 3 % len(work), work.pop())
    work.reverse()
    work.extend(work[:100])
    chunks = [work[i:i + 10] for i in range(0, len(work), 10)]
    chunk_max = sum(max(c) for c in chunks) % 1000003

    return (a[N // 2] + b[-1] + int(floats[0]) + int(floats[-1])
            + len(by_len_then_alpha[0]) + len(words[-1]) + int(stable)
            + hits + chunk_max + work.count(work[0]) + work.index(work[5])
            + min(ints) + sum(ints[::100]) % 1000003)


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 31 + run_round(r)) % 1000000007
    print(f"list_sort rounds={ROUNDS} n={N} checksum={checksum}")


main()
