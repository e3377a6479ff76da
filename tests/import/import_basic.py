# import / from-import of a plain module found on sys.path.
import sys

sys.path.insert(0, "imp_mods")

import plain

print(plain.VALUE, plain.__name__, type(plain).__name__)
print(plain.func(2), plain.Thing(3))
print("in sys.modules:", "plain" in sys.modules, sys.modules["plain"] is plain)
print("__file__ ends with plain.py:", plain.__file__.endswith("plain.py"))

import plain as again

print("same object:", again is plain, "| body ran", sys.plain_runs, "time(s)")

from plain import func, VALUE as V, Thing

print(func(1), V, Thing(7))

del sys.modules["plain"]
import plain

print("after del from sys.modules: body ran", sys.plain_runs, "times; new object:", plain is not again)
