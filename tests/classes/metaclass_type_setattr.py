# metaclass: a metaclass __setattr__/__delattr__ can store and delete through type.__setattr__/type.__delattr__.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            raise AttributeError("read-only: " + name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        print("del", name)
        type.__delattr__(cls, name)


class A(metaclass=Guarded):
    x = 1


A.y = 2
A.x = 3
print(A.x, A.y, A().y)
try:
    A._z = 4
except AttributeError as e:
    print("AttributeError", e)
del A.y
print(hasattr(A, "y"), hasattr(A, "_z"))
try:
    del A.nothing
except AttributeError as e:
    print("AttributeError")
type.__setattr__(A, "_w", 5)
print(A._w)
