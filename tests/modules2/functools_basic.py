# functools: partial (args, keywords, nesting), reduce (initial, errors), wraps/update_wrapper.
import functools
from functools import partial, reduce, wraps, update_wrapper
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, c=3)
print(p(2), p(2, d=4), p(2, c=9), p.func is f, p.args, p.keywords)
pp = partial(p, 5)
print(pp(), pp.args, pp.keywords)
print(partial(max, key=len)(["a", "ccc", "bb"]))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, "abc"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) + 1
    return inner
@deco
def g(x):
    """g doc"""
    return x * 2
print(g(3), g.__name__, g.__wrapped__(3))
def h():
    pass
def k():
    "k doc"
update_wrapper(h, k)
print(h.__name__)
