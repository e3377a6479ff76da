# nonlocal rebinds names in the nearest enclosing function scope.
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x
print(outer())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 100
        level3()
        return v
    r = level2()
    return r, v
print(level1())
def no_nonlocal():
    y = 1
    def inner():
        y = 2
        return y
    return inner(), y
print(no_nonlocal())
