# keys() and items() views are set-like and unhashable; values() views hash by identity.
d = {1: 2}
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print(type(e).__name__, e)
v = d.values()
print(hash(v) == hash(v), type(hash(v)).__name__)
try:
    {d.keys(): 1}
except TypeError as e:
    print(type(e).__name__, e)
s = {d.values()}
print(len(s))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
