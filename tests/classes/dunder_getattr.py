# __getattr__ is called only for missing attributes.
class Dynamic:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return 'made ' + name
        raise AttributeError(name)
d = Dynamic()
print(d.real, d.x_one, getattr(d, 'x_two'), hasattr(d, 'x_3'), hasattr(d, 'nope'))
print(getattr(d, 'nope', 'default'))
try:
    d.missing
except AttributeError as e:
    print('AttributeError', e)
