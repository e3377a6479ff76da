# match: sequence patterns with list/tuple syntax, lengths, nested sequences; str is not a sequence
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case (a, b):
            return f"two {a} {b}"
        case [a, (b, c)]:
            return f"nested {a} {b} {c}"
        case [a, b, c]:
            return f"three {a} {b} {c}"
    return "other"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, (2, 3)], [1, [2, 3]], [1, 2, 3], range(3),
          "ab", "a", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, [1, 2, 3, 4]]:
    print(repr(v), f(v))
