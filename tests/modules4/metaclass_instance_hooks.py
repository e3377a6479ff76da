# isinstance/issubclass ask a metaclass's __instancecheck__/__subclasscheck__ (not for an exact type match).
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__)
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub in (int, bool)

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even), isinstance(3, Even))
print(isinstance("x", (str, Even)), isinstance(6, (str, Even)))
print(isinstance(Even(), Even))
print(issubclass(bool, Even), issubclass(float, Even), issubclass(int, (str, Even)))

class Refuse(type):
    def __instancecheck__(cls, obj):
        raise TypeError("no instance checks")

class Closed(metaclass=Refuse):
    pass

try:
    isinstance({}, Closed)
except TypeError as e:
    print("TypeError:", e)
