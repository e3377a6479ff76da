# match: dotted names are value patterns compared with ==, plain names are captures
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3

class Ns:
    class Inner:
        LIMIT = 10

def f(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Ns.Inner.LIMIT:
            return "limit"
    return "unknown"

for v in [1, 2, 3, 10, 4, 1.0]:
    print(v, f(v))
