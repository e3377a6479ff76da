# match: **rest collects the other items into a new dict
def f(x):
    match x:
        case {"a": 1, **rest}:
            return ("a=1", rest)
        case {**rest}:
            return ("any", rest)

d = {"a": 1, "b": 2, "c": 3}
r = f(d)
print(r)
print(r[1] is d, d)
print(f({"a": 2}))
print(f({}))

class MyDict(dict):
    pass

print(f(MyDict(a=1, z=26)))
