# match: builtin classes (int, str, float, list, dict, tuple, bool...) match the subject itself for one positional
def f(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(v):
            return f"float {v}"
        case str() as s:
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case tuple(t):
            return f"tuple {t}"
    return "other"

for v in [True, -3, 7, 1.5, "s", [9, 8], [], {"k": 1}, (1, 2), None]:
    print(repr(v), f(v))

class MyInt(int):
    pass

match MyInt(5):
    case int(v):
        print("MyInt as int", v, type(v).__name__)
