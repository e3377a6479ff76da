# Stacked decorators apply bottom-up and run outermost first.
order = []
def mark(label):
    def deco(fn):
        order.append('decorate ' + label)
        def wrapper():
            order.append('enter ' + label)
            return label + '(' + fn() + ')'
        return wrapper
    return deco
@mark('outer')
@mark('inner')
def core():
    order.append('core')
    return 'x'
print(core())
for line in order:
    print(line)
