# del on list items and names.
a = ['a', 'b', 'c', 'd', 'e']
del a[1]
print(a)
del a[-1]
print(a)
del a[0], a[0]
print(a)
x = 10
del x
try:
    print(x)
except NameError:
    print('x is gone')
