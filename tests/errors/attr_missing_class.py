# Missing attributes on classes raise AttributeError mentioning "type object".
class Config:
    debug = False
try:
    Config.verbose
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Child(Config):
    pass
try:
    Child.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(Child.debug)
