"""The module docstring."""
# docstrings: the first statement string of a module, function or class is its __doc__
print(__doc__)

def documented():
    """Function docstring."""
    return 1

def undocumented():
    x = "not first"
    return x

def fstring_first():
    f"{1} is not a docstring"

async def coro():
    """Coroutine docstring."""

class Documented:
    """Class docstring."""
    def method(self):
        """Method docstring."""

class Plain:
    pass

def decorate(f):
    print("decorating, doc is", repr(f.__doc__))
    return f

@decorate
def decorated():
    """Seen by the decorator."""

print(documented.__doc__, documented())
print(undocumented.__doc__)
print(fstring_first.__doc__)
print(coro.__doc__)
print(Documented.__doc__)
print(Documented.method.__doc__)
print(Documented().method.__doc__)
print(Plain.__doc__)
print(decorated.__doc__)
print(lambda: "x".__doc__)  if False else print((lambda: "no docstring").__doc__)
