# match: names bound by the matching case are visible after the statement, in functions and closures
def f(data):
    match data:
        case {"name": str(name), "tags": [*tags]}:
            pass
        case _:
            name, tags = None, []
    return name, tags

print(f({"name": "mote", "tags": ["vm", "py"]}))
print(f({"name": 3}))

def outer(v):
    match v:
        case [x, y]:
            pass
    def inner():
        return x * y
    return inner()

print(outer([6, 7]))

class Holder:
    match (1, 2):
        case (first, second):
            total = first + second

print(Holder.total, Holder.first)
