# type(), isinstance and issubclass on builtin types.
vals = [1, 1.5, 'a', b'a', [1], (1,), {1: 2}, {1}, None, True, range(1)]
print([type(v).__name__ for v in vals])
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance('s', (int, str)))
print(isinstance(None, type(None)), isinstance([], (tuple, dict)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)))
print(type(1) is int, type(True) is bool, type(type(1)) is type, type('') == str)
print(type(3)('42') + 1, type([])('ab'))
