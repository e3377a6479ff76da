# Calling a function with too many positional arguments.
def none():
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
for fn, args in [(none, (1,)), (none, (1, 2)), (two, (1, 2, 3)), (opt, (1, 2, 3))]:
    try:
        fn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def one(a):
    pass
try:
    one(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
