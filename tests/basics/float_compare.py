# Float comparisons including special values and mixing with int.
nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf == inf - inf)
print(-0.0 == 0.0, 0.5 == 1 / 2, 1.0 == 1, 2 ** 53 == 2.0 ** 53)
print(1 < 1.5 < 2, 3.0 >= 3, -1.0 <= -1)
print(max(1, 2.5, 2), min(-1.5, -1, 0), sorted([3, 1.5, -2, 0.0, 2]))
