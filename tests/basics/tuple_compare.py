# Tuples compare lexicographically, element by element.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print((1, 'a') == (1, 'a'), (1, 2) != (2, 1), (1, 2) <= (1, 2))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(pairs), max(pairs), min(pairs))
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [3] > [2, 100])
