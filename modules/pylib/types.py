# types — names for the interpreter's built-in types, SimpleNamespace and the
# coroutine decorator (a CPython subset). Frozen Python.
import sys


def _function():
    pass


def _generator():
    yield


class _Class:
    def _method(self):
        pass


FunctionType = LambdaType = type(_function)
GeneratorType = type(_generator())
BuiltinFunctionType = BuiltinMethodType = type(len)
MethodType = type(_Class()._method)
ModuleType = type(sys)


class SimpleNamespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        return isinstance(other, SimpleNamespace) and self.__dict__ == other.__dict__


def coroutine(func):
    # Mote (like MicroPython) lets `await` take a generator directly, so a
    # generator-based coroutine needs no wrapping.
    return func
