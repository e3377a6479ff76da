# Closures see the variable, not its value at creation time.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])
def make():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(make()())
def factory():
    return [lambda j=j: j * j for j in range(4)]
print([f() for f in factory()])
