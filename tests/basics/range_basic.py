# range objects: iteration, length, indexing, slicing and membership.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], list(r[::-1]))
print(7 in r, 8 in r, 19 in r, 23 in r, r.index(11), r.count(15))
print(len(range(10, 0)), len(range(0, -10, -2)), list(range(-3, 3)))
print(range(5) == range(0, 5), range(0) == range(2, 2), list(reversed(range(4))))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
