# match: None/True/False are compared with `is`, so 1 does not match True and 0 not False
def f(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "other"

for v in [True, False, None, 1, 0, 1.0, ""]:
    print(repr(v), f(v))
