# 'is' compares identity, '==' compares value.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x is not None)
t = True
print(t is True, (1 == 1) is True, (1 == 2) is False)
def f():
    return a
print(f() is a, f() is b)
print(type(a) is list, type(a) is not tuple)
