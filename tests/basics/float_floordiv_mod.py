# Float floor division and modulo use floor semantics like ints.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (6.0, 3), (0.5, 0.25)]:
    print(a, b, a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
