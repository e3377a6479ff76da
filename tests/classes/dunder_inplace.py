# In-place operators use __iadd__ etc. when defined, else fall back.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Plain(self.v + o)
a = Acc()
alias = a
a += 1
a += 2
a -= 1
print(a.items, a is alias)
p = Plain(1)
q = p
p += 10
print(p.v, q.v, p is q)
