# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real, imag.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**60, 123.0]:
    print(v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate(), v.real, v.imag)
print(float('inf').is_integer(), float('nan').is_integer(), float('inf').hex(), float('-inf').hex())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
for s in ['0x1.8p1', ' -0X1P-2 ', '1', '.8', 'inf', '-Infinity', 'nan', '0x1.fffffffffffffp+1023', '0x0.0000000000001p-1022',
          '0x1p-1074', 'ff', '0x.1', '0x1.p0']:
    t(lambda: float.fromhex(s))
for s in ['0x', '1p', 'x', '0x1p+', '', '0x1.8p1.5', '1p10000']:
    t(lambda: float.fromhex(s))
