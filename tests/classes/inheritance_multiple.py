# Multiple inheritance and the method resolution order.
class A:
    def who(self): return 'A'
    def only_a(self): return 'only A'
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C'
    def only_c(self): return 'only C'
class D(B, C):
    pass
d = D()
print(d.who(), d.only_a(), d.only_c())
print(isinstance(d, C), issubclass(D, A))
class E(C, B):
    pass
class F(D):
    def only_a(self): return 'F overrides'
print(E().who(), F().who(), F().only_a(), F().only_c())
