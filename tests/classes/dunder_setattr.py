# __setattr__ intercepts every attribute assignment.
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print('setting', name, value)
        object.__setattr__(self, name, value * 2)
l = Logged()
l.b = 5
print(l.a, l.b)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError('frozen')
f = Frozen()
try:
    f.x = 1
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(f, 'x'))
