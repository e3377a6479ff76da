# gen.throw(Type, instance) raises that very instance; throw(Type, arg) builds Type(arg).
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args, e is marker)


marker = ValueError("marked")
g = gen()
next(g)
g.throw(ValueError, marker)
g.throw(ValueError, "text")
g.throw(ValueError, None)
g.throw(KeyError, ("a", "b"))


class Sub(ValueError):
    pass


g.throw(ValueError, Sub("sub"))
