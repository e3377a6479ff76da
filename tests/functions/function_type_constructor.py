# type(f)(code, globals[, name, argdefs, closure]) builds a function from a code object.
def f():
    return a


F = type(f)
g1 = F(f.__code__, {"a": 1})
g2 = F(f.__code__, {"a": 2}, "renamed")
print(g1(), g2(), g1.__name__, g2.__name__, type(g1) is F)


def with_default(p, q=3):
    return p + q


print(F(with_default.__code__, {}, None, (10,))(1))


def make():
    x = 7

    def inner():
        return x

    return inner


inner = make()
print(F(inner.__code__, {}, None, None, inner.__closure__)())
for closure in ((), [1], None):
    try:
        F(inner.__code__, {}, None, None, closure)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ((None, {}), (f.__code__, None), (f.__code__, {}, 1), (f.__code__, {}, None, [1])):
    try:
        F(*bad)
    except TypeError as e:
        print("TypeError", e)
