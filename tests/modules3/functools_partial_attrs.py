# functools.partial: func/args/keywords, keyword overriding, nesting flattens, non-callable is TypeError.
from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 9, d=0), p.func is f, p.args, p.keywords)
q = partial(p, 2)
print(q(), q.func is f, q.args, q.keywords)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
try:
    partial()
except TypeError:
    print("TypeError no args")
try:
    p()
except TypeError:
    print("TypeError missing")
print(partial(max, key=len)(["aa", "b", "ccc"]), partial(int, base=2)("101"))
