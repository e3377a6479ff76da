# vars(obj) returns obj.__dict__ (the live dict); vars() with no argument is locals().
class Point:
    kind = "2d"

    def __init__(self):
        self.x = 1
        self.y = 2


p = Point()
d = vars(p)
print(sorted(d.items()))
d["z"] = 3
print(p.z, "kind" in vars(Point), "x" in vars(Point))


def f(a, b=5):
    c = a + b
    return sorted(vars().items())


print(f(1))
for bad in (1, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError", e)
