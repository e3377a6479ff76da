# Name lookup goes local, enclosing, global, builtin.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
def local():
    x = 'local'
    return x
def global_read():
    return x
print(outer(), local(), global_read(), x)
def uses_builtin():
    return len('abc')
def shadows_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_builtin(), shadows_builtin(), len('ab'))
def param_shadow(x):
    return x
print(param_shadow('param'), x)
