# any and all, including empty iterables and short-circuiting.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]))
print(any([0, 2]), all([1, 0]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
del seen[:]
print(all(check(x) for x in [5, 6, 0, 7]), seen)
