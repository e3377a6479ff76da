# Instances of user classes inherit default behaviour from object.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b)
print(isinstance(a, object), issubclass(Plain, object), bool(a))
print(type(a).__name__, Plain.__name__)
o = object()
print(type(o).__name__, o == o)
print(str(a) == repr(a))
