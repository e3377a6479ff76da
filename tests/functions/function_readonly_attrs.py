# __globals__ and __closure__ of a function are read-only; other attributes stay writable.
def outer():
    x = 1

    def inner():
        return x

    return inner


f = outer()
for name in ("__globals__", "__closure__"):
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print("set", name, e)
    try:
        delattr(f, name)
    except AttributeError as e:
        print("del", name, e)
print(f.__globals__ is globals(), len(f.__closure__))
f.__doc__ = "doc"
f.custom = 5
print(f.__doc__, f.custom, f())
