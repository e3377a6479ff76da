# functools.wraps copies __name__, __qualname__, __doc__ and __dict__, and sets __wrapped__.
import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k) * 2
    return inner
@deco
def double_me(x):
    """Returns x."""
    return x
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
def src():
    pass
src.tag = "t"
@functools.wraps(src)
def dst():
    pass
print(dst.__name__, dst.tag, dst.__wrapped__ is src, dst.__doc__)
