# throw() through `yield from` hands a delegate's throw method the argument as given.
class Delegate:
    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, *args):
        print("throw got", [a if isinstance(a, (int, str)) else type(a).__name__ for a in args])
        if args[0] == "stop":
            raise StopIteration("done")
        return "after throw"


def outer():
    r = yield from Delegate()
    print("delegate returned", r)
    yield "end"


g = outer()
print(next(g))
print(g.throw(ValueError))
print(g.throw(123))
print(g.throw(KeyError("k")))
print(g.throw("stop"))
