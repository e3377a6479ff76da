# A class with only __getitem__ is iterable via the old sequence protocol.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=' ')
print()
a, b, *rest = Squares()
print(a, b, rest)
