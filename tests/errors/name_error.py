# Undefined names raise NameError.
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return also_undefined + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
def g():
    global never_assigned
    return never_assigned
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
