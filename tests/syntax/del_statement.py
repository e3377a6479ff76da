# del on names, items, slices and attributes.
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print('deleted')
lst = list(range(6))
del lst[0], lst[-1]
print(lst)
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(d)
class O: pass
o = O()
o.attr = 5
print(hasattr(o, 'attr'))
del o.attr
print(hasattr(o, 'attr'))
m = [[1, 2], [3, 4]]
del m[1][0]
print(m)
