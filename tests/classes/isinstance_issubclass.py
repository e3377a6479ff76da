# isinstance and issubclass with user classes and tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(A(), B), isinstance(3, (A, int)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(C, object))
print(issubclass(B, (C, A)), issubclass(bool, (A, int)))
print(type(b) is B, type(b) is A, type(B) is type)
