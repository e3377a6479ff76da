# getattr, setattr, hasattr and delattr with instances and classes.
class Obj:
    cls_attr = 'on class'
o = Obj()
setattr(o, 'name', 'dynamic')
print(getattr(o, 'name'), o.name, hasattr(o, 'name'), hasattr(o, 'nope'))
print(getattr(o, 'cls_attr'), getattr(o, 'missing', None), getattr(Obj, 'cls_attr'))
setattr(Obj, 'added', 42)
print(o.added, hasattr(Obj, 'added'))
delattr(o, 'name')
print(hasattr(o, 'name'))
for attr in ['a', 'b', 'c']:
    setattr(o, attr, attr * 2)
print([getattr(o, a) for a in 'abc'])
