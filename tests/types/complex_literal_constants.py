# Imaginary literals as code constants: in functions, defaults, constant tuples, conditions, dict keys.
def f(z=2j):
    return z * 1j, (1j, -1j, 0j)

def g(x):
    if 0j:
        return "zero is true?"
    if 1j:
        return x == 1j
    return None

print(f(), f(3), g(1j), g(1))
print({2j: "two"}[complex(0, 2)], hash(2j) == hash(complex(0, 2)), 2j in {2j})
t = (1j, 1.0, 1)
print(t, [type(v).__name__ for v in t], bool(0j), bool(-0j), not 0.0j)
print(list(map(lambda v: v * 1j, [1, 2])))
