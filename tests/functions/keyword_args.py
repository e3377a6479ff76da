# Arguments passed by keyword, in any order, mixed with positional ones.
def f(a, b, c):
    return (a, b, c)
print(f(1, 2, 3), f(c=3, a=1, b=2), f(1, c=3, b=2), f(1, 2, c='C'))
def describe(name, kind='thing', size=1):
    return name + ' is a ' + kind + ' of size ' + str(size)
print(describe('box'))
print(describe('box', size=3))
print(describe(kind='cat', name='Tom'))
