# bytes.hex (with separators) and bytes.fromhex.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytes(range(1, 8))
print(b.hex(), b.hex(':'), b.hex(':', 2), b.hex(':', -2), b.hex(b'-', 3), b.hex(' ', -3), b''.hex(), b'\xff'.hex(':'))
print(bytearray(b'\x00\xab').hex(), memoryview(b'\x01\x02').hex(), b.hex(sep='_', bytes_per_sep=4))
t(lambda: bytes.fromhex('0102ff'))
t(lambda: bytes.fromhex(' 01 02  ff '))
t(lambda: bytearray.fromhex('dead BEEF'))
t(lambda: bytes.fromhex(''))
t(lambda: bytes.fromhex('0g'))
t(lambda: bytes.fromhex('012'))
t(lambda: bytes.fromhex(' 0 1'))
t(lambda: bytes.fromhex(b'01'))
t(lambda: b'abc'.hex('::'))
t(lambda: b'abc'.hex(5))
