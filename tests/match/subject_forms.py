# match: the subject is evaluated once; it may be a tuple without parentheses, a call or a walrus
count = 0
def subject():
    global count
    count += 1
    return (1, 2)

match subject():
    case (2, _):
        print("no")
    case (1, x):
        print("yes", x)
print("evaluated", count, "time")

a, b = 3, 4
match a, b:
    case (3, y):
        print("tuple subject", y)

match (n := 5):
    case 5:
        print("walrus", n)

match -2:
    case -2:
        print("negative literal")
