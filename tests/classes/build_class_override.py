# A class statement calls whatever builtins.__build_class__ currently is.
import builtins

original = builtins.__build_class__


def tracing(func, name, *bases, **kw):
    print("building", name, len(bases), sorted(kw))
    return original(func, name, *bases, **kw)


builtins.__build_class__ = tracing


class A:
    x = 1


class B(A, metaclass=type):
    pass


builtins.__build_class__ = lambda func, name, *bases: ("fake", name)


class C:
    pass


builtins.__build_class__ = original


class D(B):
    pass


print(A.x, B.__bases__[0] is A, C, D.__mro__[1] is B)
