# Comparison operators on ints return bools.
vals = [-2, 0, 3]
for a in vals:
    for b in vals:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 3 == True, 1 == True, 0 == False)
