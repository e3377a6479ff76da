# Functions, closures, generators, coroutines, classes and exceptions whose
# code is frozen run as they do from source.
import sys

sys.path.append("modules")
import frozen_code as m

if m.IS_MOTE:
    assert m.__file__.startswith(".frozen/"), m.__file__
print(m.defaults(1, c=3), m.defaults(1, 2, 9, 8, c=0, d=1, e=5, f=6))
print(m.posonly(1, 2, z=3))
bump = m.counter()
print(bump(), bump(5), bump())
g = m.gen(4)
print(next(g), g.send("first"), g.send(None), g.send("third"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, m.LOG)
try:
    m.coro(1).send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
d = m.Derived(21)
print(d.describe(), d.double, m.Derived.static(), m.Derived.cls(), m.Base(1).describe())
print(isinstance(d, m.Base), m.Derived.__name__, m.Derived.describe.__qualname__)
try:
    m.raises(3)
except m.FrozenError as e:
    print(type(e).__name__, e)
print(m.handles())
print(m.comprehensions(4))
print(m.with_statement())
print(m.lam(2), m.lam(2, b=5), m.defaults.__name__, m.counter().__qualname__)
