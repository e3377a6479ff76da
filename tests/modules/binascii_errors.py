# binascii: binascii.Error (a ValueError) and the other errors, with CPython's messages.
import binascii
cases = ['binascii.unhexlify("abc")', 'binascii.unhexlify("zz")', 'binascii.unhexlify("\u00e91")',
         'binascii.hexlify("x")', 'binascii.hexlify(b"ab", "--")', 'binascii.a2b_base64("YWJ")',
         'binascii.a2b_base64("YWJjZ")', 'binascii.a2b_base64("\u00e9")', 'binascii.crc32("x")',
         'binascii.b2a_base64("x")']
for c in cases:
    try:
        print(c, eval(c))
    except binascii.Error as e:
        print(c, "binascii.Error", e)
    except (ValueError, TypeError) as e:
        print(c, type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__)
