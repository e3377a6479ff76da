# match: literal patterns (ints, floats, negative numbers, strings, bytes) and fall-through to no case
def f(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hi":
            return "greeting"
        case b"raw":
            return "bytes"
    return "no match"

for v in [0, -1, 2.5, "hi", b"raw", 1, "HI", 0.0, False, [0]]:
    print(repr(v), f(v))
