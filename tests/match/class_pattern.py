# match: class patterns with keyword attributes, positional __match_args__, isinstance checks
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(x, y, z=zz):
            return f"3d {x} {y} {zz}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3), (0, 0)]:
    print(where(p))

class NoArgs:
    pass

match NoArgs():
    case NoArgs(missing=1):
        print("has missing")
    case NoArgs():
        print("plain NoArgs")
