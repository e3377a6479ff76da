# 0.0 raised to -inf is inf; to a finite negative power it is a ZeroDivisionError.
inf = float("inf")
print(0.0 ** -inf, 0 ** -inf, (-0.0) ** -inf, pow(0.0, -inf))
print(0.0 ** inf, 0.0 ** 0.0, (-0.0) ** 3.0)
for e in (-1, -1.5, -0.0001):
    try:
        print(0.0 ** e)
    except ZeroDivisionError:
        print("ZeroDivisionError", e)
print(0.5 ** -inf, 2.0 ** -inf, 1.0 ** -inf)
