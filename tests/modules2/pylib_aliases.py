# The MicroPython names (ujson, ure, ...) import the same modules as the plain names.
# CPython has only the plain names, which it then imports instead.
for name in ("json", "collections", "heapq", "re", "asyncio"):
    plain = __import__(name)
    try:
        alias = __import__("u" + name)
    except ImportError:
        alias = plain
    same = all(getattr(alias, a) is getattr(plain, a) for a in dir(plain) if not a.startswith("_"))
    print(name, same, alias.__name__ in (name, "u" + name))
