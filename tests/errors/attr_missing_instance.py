# Missing attributes on instances raise AttributeError.
class Point:
    def __init__(self):
        self.x = 1
p = Point()
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.z
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(p, 'y', 'default'), hasattr(p, 'x'))
