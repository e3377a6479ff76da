# Methods of a metaclass are found on its classes, after the classes' own attributes.
class Meta(type):
    def describe(cls):
        return "Meta.describe " + cls.__name__

    def shared(cls):
        return "Meta.shared"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta):
    def shared(self):
        return "A.shared"


class B(A):
    pass


print(A.describe(), B.describe(), A.upper_name, B.upper_name)
print(A.shared(A()), B.shared(B()), type(B).shared(B))
A.extra = 1
B.more = 2
print(A.extra, B.extra, B.more, hasattr(A, "more"), sorted(k for k in vars(B) if not k.startswith("_")))
for cls in (A, B):
    m = cls.describe
    print(m(), m.__self__ is cls)
