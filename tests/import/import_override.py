# import statements call a replaced builtins.__import__ with name, fromlist and level.
import builtins

original = builtins.__import__


class Fake:
    x = 10
    y = 20


def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
    print("import", name, fromlist, level, type(globals).__name__)
    if name.startswith("fake"):
        return Fake
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = fake_import
import fakemod
import fakemod.sub
from fakemod import x, y
import sys

builtins.__import__ = original
print(fakemod is Fake, x, y, sys.__name__)
