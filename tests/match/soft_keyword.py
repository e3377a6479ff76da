# match: `match` and `case` stay ordinary names outside a match statement header
match = 1
case = 2
print(match, case)

def match(*args):
    return args
print(match(1, 2))
print(match (3))
match = [5, 6, 7]
print(match[1])
match[0] = 0
print(match)
match = {"case": 9}
print(match["case"])
class K:
    match = "attr"
print(K.match)
_ = 10
print(_)

match match:
    case {"case": case}:
        print("case is", case)

# an annotated subscript target is not a match statement either
match = {}
match["k"]: int = 3
print(match)
