# Unary operations and truthiness on big integers.
big = 3 ** 100
print(abs(-big) == big, -(-big) == big, +big == big, bool(big), bool(big - big))
print(-big < 0 < big, big % 2, (-big) % 2, big & 1)
print(divmod(-big, 10 ** 20))
