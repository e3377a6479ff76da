# Chained comparisons evaluate each operand at most once.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 5 == x == 5.0)
print(1 < 2 < 3 < 4, 1 < 3 < 2 < 4, 'a' < 'b' < 'c')
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(3), calls)
calls = []
print(val(3) < val(2) < val(1), calls)
print(1 in [1, 2] in [[1, 2]], x is not None is not False)
print(1 == 1 != 2, [] == [] != [1])
