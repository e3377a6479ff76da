# return with no value, several values and early exits.
def nothing():
    return
def pair():
    return 1, 2
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
def nested_return(n):
    while True:
        for i in range(n):
            if i == 3:
                return 'stopped at ' + str(i)
        return 'finished ' + str(n)
print(nothing(), pair(), first_negative([3, -1, -5]), first_negative([]))
print(nested_return(2), nested_return(10))
a, b = pair()
print(a + b)
