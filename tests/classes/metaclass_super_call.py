# A metaclass __call__ can delegate to type.__call__ through super() (and type.__call__ directly).
class Counting(type):
    made = 0

    def __call__(cls, *args, **kwargs):
        Counting.made += 1
        print("creating", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Point(metaclass=Counting):
    def __init__(self, x, y=0):
        self.x, self.y = x, y

p = Point(1, y=2)
q = Point(3)
print(p.x, p.y, q.x, q.y, Counting.made, type(p).__name__)

class Single(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in Single._instances:
            Single._instances[cls] = type.__call__(cls, *args)
        return Single._instances[cls]

class Config(metaclass=Single):
    def __init__(self, name):
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name)
