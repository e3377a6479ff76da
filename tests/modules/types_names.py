# The types module names the built-in function, generator, method and module types.
import sys
import types


def f():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(f(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(sys, types.ModuleType), isinstance(C.m, types.MethodType))
