# Bound methods remember their instance.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + ' greets ' + other
g = Greeter('Ann')
bound = g.greet
print(bound('Bob'), Greeter.greet(g, 'Cy'))
methods = [Greeter('X').greet, Greeter('Y').greet]
print([m('Z') for m in methods])
g.name = 'Changed'
print(bound('Bob'))
print(callable(bound), Greeter.greet is not bound)
