# chr, ord, ascii, bin/oct/hex, format builtins.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([chr(i) for i in (65, 97, 0xe9, 0x20ac, 0x1f600, 0)], [ord(c) for c in 'Aé€😀'], ord(b'a'), ord(bytearray(b'z')))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: chr(2**100))
t(lambda: chr(1.5))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(5))
t(lambda: ord(b'ab'))
print(ascii('abc'), ascii('é€😀\n'), ascii(['é', 1]), ascii(b'\xe9'), ascii({'k': 'ü'}))
print(bin(10), bin(-10), bin(0), oct(64), oct(-64), hex(255), hex(-255), hex(2**70), bin(True))
t(lambda: hex(1.5))
t(lambda: bin('1'))
class I:
    def __index__(self):
        return 42
print(hex(I()), bin(I()), oct(I()), chr(I()))
print(format(255, 'x'), format(3.5), format('s', '>3'), format(2**70, ','))
t(lambda: format(1, 2))
