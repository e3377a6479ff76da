# binascii.unhexlify / bytes.fromhex: odd length and non-hex digits, with CPython's exception types.
import binascii
for s in [b"a", b"abc", b"0g", b"  ", "12", "1 2", b"ABCDEF", bytearray(b"0a"), b""]:
    try:
        print(repr(s), binascii.unhexlify(s))
    except binascii.Error as e:
        print(repr(s), "binascii.Error", e)
for bad in (12, None, [1]):
    try:
        binascii.unhexlify(bad)
    except TypeError:
        print(type(bad).__name__, "TypeError")
print(binascii.a2b_hex(b"4142"), binascii.b2a_hex(b"AB"))
