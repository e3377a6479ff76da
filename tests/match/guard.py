# match: guards run after the pattern bound its names; a false guard falls through to the next case
def classify(pair):
    match pair:
        case (x, y) if x == y:
            return "equal"
        case (x, y) if x > y:
            return "descending"
        case (x, y):
            return f"ascending {x}<{y}"
        case _:
            return "not a pair"

for p in [(1, 1), (3, 2), (2, 5), [4, 4], 7]:
    print(p, classify(p))

calls = []
def check(v):
    calls.append(v)
    return v > 1

for v in [0, 1, 2]:
    match v:
        case n if check(n):
            print(v, "passed guard")
        case _:
            print(v, "failed guard")
print(calls)
