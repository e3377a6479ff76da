# A decorator wraps a function.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name, punct=''):
    return 'hello ' + name + punct
print(greet('ann'), greet('bob', punct='?'))
def identity(fn):
    print('decorating', fn.__name__)
    return fn
@identity
def plain():
    return 'plain'
print(plain())
