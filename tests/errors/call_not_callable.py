# Calling objects that are not callable.
class Thing:
    pass
values = [5, None, 'text', [1], (2,), {'k': 1}, 1.5, Thing()]
for v in values:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(Thing), callable(Thing()), callable(len))
