# Inner functions capture variables of the enclosing function.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_greeter(greeting):
    punct = '!'
    return lambda name: greeting + ', ' + name + punct
print(make_greeter('Hi')('Ann'), make_greeter('Bye')('Bob'))
def outer():
    items = []
    def add(x):
        items.append(x)
        return items
    return add
a = outer()
a(1)
print(a(2))
