# Nested comprehensions: flattening, transposing and filtering.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15)
       if a * a + b * b == c * c])
words = ['ab', 'cde']
print([ch for w in words for ch in w], [[ch for ch in w] for w in words])
