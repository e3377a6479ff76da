# __init__ with defaults and keyword arguments; __new__ is not needed.
class Config:
    def __init__(self, name, debug=False, *extras, level=1, **opts):
        self.name = name
        self.debug = debug
        self.extras = extras
        self.level = level
        self.opts = opts
    def summary(self):
        return (self.name, self.debug, self.extras, self.level, self.opts)
print(Config('a').summary())
print(Config('b', True, 'x', 'y', level=3, color='red').summary())
print(Config(name='c', level=0).summary())
