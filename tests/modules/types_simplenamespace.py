# types.SimpleNamespace: keyword construction, attribute access, repr and equality.
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="two")
print(ns)
print(ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
print(SimpleNamespace())
