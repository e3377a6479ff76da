# __exit__ receives exception details and may suppress the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if typ is not None and issubclass(typ, self.types):
            print('suppressed', typ.__name__, val)
            return True
        return False
with Suppress(KeyError, IndexError):
    [][1]
print('continued after IndexError')
try:
    with Suppress(KeyError):
        int('z')
except ValueError as e:
    print('ValueError passed through:', e)
for i in range(3):
    with Suppress(ZeroDivisionError):
        print(10 // (1 - i))
