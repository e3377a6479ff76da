# float(str) accepts CPython's syntax (underscores, inf/nan, whitespace) and rejects the rest.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['1e3', ' 1.5 ', '\t-2.5e-3\n', 'inf', '-inf', '+Infinity', 'nan', '-NaN', '1_0.5', '1_000e1_0', '.5', '5.',
          '00012', '1E+308', '1e309', '-1e-400', '0.1', '4.9e-324', '2.4703282292062328e-324', '1' * 50]:
    t(lambda: float(s))
for s in ['', ' ', '1__0', '_1', '1_', '1_.5', '1._5', '0x10', 'in', '1e', '1e_3', 'nan(1)', '- 1', '1.5.', 'e5', 'ABC']:
    t(lambda: float(s))
t(lambda: float(b'2.5'))
t(lambda: float(None))
t(lambda: float([]))
print(float(3), float(-2**60), float(True), float('  7  '))
