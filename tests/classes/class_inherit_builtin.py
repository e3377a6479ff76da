# Subclassing builtin types.
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list), type(m).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u, u.shout(), u + ' you', len(u))
class MyDict(dict):
    def get_twice(self, key):
        return self[key] * 2
d = MyDict(a=1)
d['b'] = 'x'
print(d, d.get_twice('a'), d.get_twice('b'), len(d))
class Err(Exception):
    pass
print(issubclass(Err, BaseException))
