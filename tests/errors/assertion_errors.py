# Failed assertions raise AssertionError with the optional message.
def check(x):
    assert x > 0, 'x must be positive, got ' + str(x)
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 == 2, 42
except AssertionError as e:
    print(type(e).__name__, e, e.args)
