# int.to_bytes / int.from_bytes: byte order, sign, sizes and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'))
print((255).to_bytes(1, 'big'), (-1).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'little', signed=True))
print((2**64 + 5).to_bytes(9, 'big'), (-(2**70)).to_bytes(9, 'little', signed=True))
print((5).to_bytes(), (5).to_bytes(length=3, byteorder='little'))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(-1, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'big'))
print(int.from_bytes(b'\x80' + b'\x00' * 9, 'big', signed=True), int.from_bytes([1, 2, 3], 'little'))
print(int.from_bytes(bytearray(b'\x01\x00'), byteorder='little'), int.from_bytes(b'\x01'))
for v in [0, 1, -1, 127, -128, 2**63, -(2**63), 2**100 + 7, -(2**100) - 7]:
    n = (v.bit_length() + 8) // 8
    for order in ('big', 'little'):
        assert int.from_bytes(v.to_bytes(n, order, signed=True), order, signed=True) == v
print('roundtrip ok')
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes(b'a', 'sideways'))
