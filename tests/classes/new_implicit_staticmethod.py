# A plain `def __new__` behaves as a staticmethod: reachable through instances and subclasses.
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


a = A(1, 2)
print(a.args)
b = a.__new__(A)
print(type(b).__name__, hasattr(b, "args"))
print(type(A.__dict__["__new__"]).__name__)
print(A.__new__ is a.__new__)


class B(A):
    pass


c = B.__new__(B, 3)
print(type(c).__name__)
d = B(4)
print(d.args)
