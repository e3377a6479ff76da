# Mutually recursive functions.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(51))
def flatten(x):
    if isinstance(x, list):
        return flatten_list(x)
    return [x]
def flatten_list(xs):
    out = []
    for x in xs:
        out += flatten(x)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
