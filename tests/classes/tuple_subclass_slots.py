# `__slots__ = ()` leaves tuple subclass instances without a __dict__; a subclass without __slots__ has one again.
class Fixed(tuple):
    __slots__ = ()

    def total(self):
        return sum(self)

f = Fixed([1, 2])
print(f, f.total(), hasattr(f, "__dict__"))
try:
    f.extra = 1
except AttributeError as e:
    print("AttributeError", e)

class Open(Fixed):
    pass

o = Open([3])
o.extra = 2
print(o, o.total(), o.extra, o.__dict__)

class Plain:
    __slots__ = ()

try:
    Plain().y = 1
except AttributeError as e:
    print("AttributeError", e)
