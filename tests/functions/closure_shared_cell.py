# Two closures over the same variable share it.
def pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = pair()
print(g())
s(42)
print(g())
s2, g2 = pair()
print(g2(), g())
def nested():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(nested()())
