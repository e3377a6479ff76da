# __repr__ and __str__ control printing.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'a Both'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly!'
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {r}', 'x' + str(b))
print('{} {}'.format(b, r))
