# The standard-library modules written in Python (json, collections, functools,
# itertools, heapq, bisect, re, types, unittest, atexit, string, typing, abc, enum, asyncio) and
# their MicroPython `u` aliases, frozen into the firmware by tools/freeze.
for _name in ("json", "collections", "functools", "itertools", "heapq", "bisect", "re", "types", "unittest", "atexit", "string", "typing", "abc", "enum"):
    module(_name + ".py")
package("asyncio")
for _name in ("ujson", "ucollections", "uheapq", "ure", "uasyncio"):
    module(_name + ".py")
