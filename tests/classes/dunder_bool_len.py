# Truthiness uses __bool__, then __len__, else True.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
for obj in [B(True), B(False), L(0), L(3), Neither()]:
    print(type(obj).__name__, bool(obj), 'yes' if obj else 'no', not obj)
print(len(L(7)), [x for x in [L(0), L(1)] if x].__len__())
