# __prepare__ may return a dict subclass; the class body stores into it, and a non-dict is refused.
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("store", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

    def __new__(mcs, name, bases, ns):
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, dict(ns))


class C(metaclass=Meta):
    a = 1
    b = 2


print(C.a + C.b)


class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class E(metaclass=Bad):
        pass
except TypeError:
    print("TypeError")
