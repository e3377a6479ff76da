# __eq__ with __hash__ lets instances be dict keys and set members.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
d = {Key('Alpha'): 1}
d[Key('ALPHA')] = 2
print(len(d), d[Key('alpha')])
s = {Key('x'), Key('X'), Key('y')}
print(len(s), Key('Y') in s)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
class Default:
    pass
a = Default()
print(a == a, a == Default(), hash(a) == hash(a), len({a, a}))
