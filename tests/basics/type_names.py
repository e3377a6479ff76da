# __name__ of builtin types and of type() results.
for t in [int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, bool, object, type]:
    print(t.__name__)
print(type(None).__name__, type(print).__name__ in ('builtin_function_or_method', 'function'))
print(type(iter([])).__name__ != '', type(lambda: 0).__name__)
