# Multiple context managers exit in reverse order.
class Named:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name)
with Named('a') as a, Named('b') as b:
    print('body', a.name, b.name)
with Named('outer'):
    with Named('inner'):
        print('nested body')
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *exc):
        return None
with Pair() as (x, y):
    print(x + y)
