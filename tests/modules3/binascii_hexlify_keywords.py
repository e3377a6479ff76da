# binascii.hexlify/b2a_hex take data, sep and bytes_per_sep by keyword too; unknown or missing arguments are TypeError.
import binascii
print(binascii.b2a_hex(b"abc", sep="-"), binascii.hexlify(data=b"ab"), binascii.hexlify(b"abcd", bytes_per_sep=2, sep=b":"))
print(binascii.hexlify(b"abcde", "_", bytes_per_sep=-2))
for c in ['binascii.hexlify()', 'binascii.hexlify(b"a", foo=1)', 'binascii.hexlify(b"a", "-", 1, 2)', 'binascii.hexlify(b"a", data=b"b")', 'binascii.hexlify(b"a", sep=None)', 'binascii.hexlify(b"a", None)']:
    try:
        eval(c)
        print(c, "ok")
    except TypeError:
        print(c, "TypeError")
