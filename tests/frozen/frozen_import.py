# Frozen modules (tests/frozen/modules/manifest.py) behave exactly like the
# same modules imported from source. CPython, the oracle, imports the sources
# from modules/; Mote finds the frozen ones first (and checks that it did).
import sys

sys.path.append("modules")
IS_MOTE = sys.implementation.name == "mote"

import frozen_consts as c

if IS_MOTE:
    assert c.__file__ == ".frozen/frozen_consts.py", c.__file__
print(c.NONE, c.TRUE, c.FALSE, c.ELLIPSIS)
print(c.SMALL)
print(c.MEDIUM)
print(c.BIG)
print(c.FLOATS, c.INF, c.NINF)
print(c.COMPLEX)
print(repr(c.TEXT), repr(c.UNICODE), len(c.UNICODE), repr(c.EMPTY_STR), repr(c.ONE_CHAR))
print(c.BYTES, len(c.BYTES), c.EMPTY_BYTES)
print(c.NESTED)
print(c.summary(), c.KEYWORDS)
print(hash(c.TEXT) == hash("hello, " + "frozen"), {c.TEXT: 1}["hello, frozen"])
print(c.UNICODE[1], c.UNICODE[-1], c.UNICODE[-3:], c.BYTES[2:5], c.BIG[2] * 2, c.MEDIUM[4] + 1)
