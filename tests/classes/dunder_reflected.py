# Reflected operators are tried when the left operand does not support the op.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd called with', o)
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rmul__(self, o):
        return Num(o * self.v)
    def __repr__(self):
        return 'Num(' + str(self.v) + ')'
n = Num(5)
print(n + 1, n + Num(2))
print(1 + n, 10 - n, 3 * n)
print(sum([Num(1), Num(2), Num(3)]))
