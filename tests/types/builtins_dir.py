# dir() of objects lists sorted, unique names including the class chain.
class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
b = B()
b.z = 3
names = dir(b)
print([n for n in names if not n.startswith('_')], names == sorted(names))
class C:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(C()))
def f():
    a = 1
    bb = 2
    return dir()
print(f())
print([n for n in dir([]) if n in ('append', 'pop', 'sort')], 'split' in dir(''), 'add' in dir(set()), 'hex' in dir(b''))
