# match: OR patterns (first match wins, same names in every alternative) and AS patterns
def f(x):
    match x:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [1, y] | [y, 1] | (y, 1, _):
            return f"has a one beside {y}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [(0 | 1) as bit, *_] as whole:
            return f"starts with bit {bit} in {whole}"
    return "other"

for v in [1, 3, 4, [1, 5], [6, 1], (7, 1, 0), "ab", b"cd", [0, 9], [1], [2]]:
    print(repr(v), f(v))
