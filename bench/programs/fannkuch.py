"""Fannkuch-redux (Computer Language Benchmarks Game).

Generates every permutation of 1..N (in the benchmark's counting order),
and for each one repeatedly reverses the prefix whose length is the first
element until a 1 comes to the front, counting the flips.  Exercises list
slicing, slice assignment, list.pop/insert and small-int loops.  Prints the
permutation checksum and the maximum number of flips.
"""

N = 9
REPEAT = 2


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += -flips if perm_count & 1 else flips
        perm_count += 1

        # Advance to the next permutation by rotating prefixes.
        while True:
            if r == n:
                return checksum, max_flips, perm_count
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    results = [fannkuch(N) for _ in range(REPEAT)]
    assert all(res == results[0] for res in results)
    checksum, max_flips, perms = results[0]
    print(f"fannkuch n={N} repeat={REPEAT} perms={perms} checksum={checksum} "
          f"max_flips={max_flips}")


main()
