# Decorator factories take arguments.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('x'))
def tag(name):
    return lambda fn: lambda: '<' + name + '>' + fn() + '</' + name + '>'
@tag('b')
def text():
    return 'bold'
print(text())
