# A list or dict that contains itself prints as [...] / {...} instead of recursing forever.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))

d = {"name": "d"}
d["self"] = d
print(d)

outer = [0]
inner = [outer]
outer.append(inner)
print(outer, inner)

mixed = {"items": [1]}
mixed["items"].append(mixed)
print(mixed)

class Bag(list):
    pass

bag = Bag([7])
bag.append(bag)
print(bag)

t = ([],)
t[0].append(t)
print(t)

# The same object twice (not a cycle) prints in full both times.
shared = [1]
print([shared, shared], {1: shared, 2: shared})
print(f"{a}", "%s" % (d,))
