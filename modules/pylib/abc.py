# abc — abstract base classes, as a stand-in (a CPython subset, as MicroPython's): ABC and
# ABCMeta mark a class abstract, abstractmethod marks a method. Frozen Python. Nothing is
# enforced: instantiating a class with abstract methods does not raise TypeError.


def abstractmethod(func):
    return func


ABCMeta = type


class ABC:
    pass
