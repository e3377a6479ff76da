# The explicit two-argument form of super().
class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        return 'B.f'
class C(B):
    def f(self):
        return 'C.f'
    def skip(self):
        return super(B, self).f()
c = C()
print(c.f(), super(C, c).f(), c.skip())
