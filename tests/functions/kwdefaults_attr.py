# __kwdefaults__: one dict per function, used by calls, replaceable and removable
def f(a, *, b=2, c=3):
    return a, b, c

kw = f.__kwdefaults__
print(kw, kw is f.__kwdefaults__, f(1))
kw["b"] = 20
print(f(1), f(1, b=5))
f.tag = "t"
print(f.__kwdefaults__ is kw, f(1), f.tag)
f.__kwdefaults__ = {"b": 7, "c": 8}
print(f(0), f.__kwdefaults__)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f(0)
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = [("b", 1)]
except TypeError as e:
    print(type(e).__name__, e)

def g(*, x):
    return x
print(g.__kwdefaults__, g(x=1))
g.__kwdefaults__ = {"x": 9}
print(g())
def h(a=1):
    return a
print(h.__kwdefaults__, h.__defaults__)
