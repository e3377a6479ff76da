# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 2 ** 3 ** 2, 100 // 10 // 3, 7 - -2, - - 3)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, 16 >> 1 + 1)
print(not 1 == 2, not (1 and 0), True or False and False, (True or False) and False)
print(1 < 2 == 2, 3 & 1 == 1, 5 + 2 > 6, 'a' + 'b' * 2)
print(-3 % 5, -(3 % 5), 2 * -1, ~1 + 1, not 0 + 1)
