# Native types answer hasattr for dunders only when CPython's type has them (int has no __len__).
names = ["__len__", "__neg__", "__pos__", "__abs__", "__invert__", "__index__", "__int__", "__float__",
         "__getitem__", "__iter__", "__contains__", "__call__"]
for v in (5, True, 1.5, complex(1, 2), "s", b"b", [1], (1,), {1: 2}, {1}, range(3), len):
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
print(hasattr(int, "__len__"), hasattr(list, "__len__"), hasattr(float, "__index__"), hasattr(str, "__neg__"))
try:
    (5).__len__()
except AttributeError as e:
    print("AttributeError", e)
print([1, 2].__len__(), (-3).__abs__(), (5).__index__())
