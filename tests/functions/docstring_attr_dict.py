# A function's docstring is __doc__ without being in __dict__; assigning or deleting __doc__ overrides it
def documented(a):
    """Adds one."""
    return a + 1

def plain():
    return "x"

print(documented.__doc__, documented.__dict__, plain.__doc__, plain.__dict__)
documented.__doc__ = "Replaced."
print(documented.__doc__, documented.__dict__, documented(1))
documented.__doc__ = None
print(documented.__doc__)
plain.__doc__ = "Given later."
print(plain.__doc__, sorted(plain.__dict__))

def first_const_docstring():
    """Doc."""
    return "Doc."
print(first_const_docstring(), first_const_docstring.__doc__)

def nested():
    def inner():
        "Inner doc."
    return inner
print(nested().__doc__, nested().__dict__)

class K:
    def m(self):
        "Method doc."
print(K.m.__doc__, K().m.__doc__, K.__dict__["m"].__dict__)
