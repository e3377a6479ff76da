# int(str, base): prefixes, underscores, whitespace, bases 2..36 and the errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s, b in [('12', 10), (' -42 ', 10), ('+7', 10), ('1_000_000', 10), ('ff', 16), ('0xff', 16), ('0XfF', 0),
             ('0o17', 0), ('0b1011', 0), ('0b_1011', 0), ('z', 36), ('Zz', 36), ('777', 8), ('11', 2),
             ('0', 0), ('00', 0), ('0_0', 0), ('123456789012345678901234567890', 10), ('f' * 40, 16),
             ('1' * 100, 2), ('-0x1_0', 16), ('10', 3)]:
    t(lambda: int(s, b))
for s, b in [('', 10), ('12a', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('012', 0), ('0x', 16),
             ('2', 2), ('9', 8), ('- 1', 10), ('0b2', 0), ('1.5', 10), ('z', 35)]:
    t(lambda: int(s, b))
t(lambda: int('1', 37))
t(lambda: int('1', 1))
t(lambda: int(5, 10))
t(lambda: int(' 99 '))
t(lambda: int(b'42'))
print(int(3.99), int(-3.99), int(1e20), int(True), int('  1_2  '))
