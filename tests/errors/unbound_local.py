# Reading a local variable before assignment raises UnboundLocalError.
count = 10
def bump():
    count += 1
    return count
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def later():
    print(value)
    value = 1
try:
    later()
except NameError as e:
    print(type(e).__name__, e, isinstance(e, UnboundLocalError))
