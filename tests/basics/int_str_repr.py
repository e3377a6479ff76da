# str and repr of ints and bools.
for v in [0, 1, -1, 42, -1000, 10 ** 12, -(2 ** 40), True, False]:
    print(str(v), repr(v), len(str(v)))
print(str(0x10), str(0o10), str(0b10), str(1_000_000))
print([1, -2, 3], (4,), {5: -6})
