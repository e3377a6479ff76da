# struct: errors are struct.error (an Exception) with CPython's messages; some are TypeError/OverflowError.
import struct
cases = ['struct.pack("h", 70000)', 'struct.pack("B", 256)', 'struct.pack("<b", -129)', 'struct.pack("<H", -1)',
         'struct.pack("<i", 2**31)', 'struct.pack("<I", -1)', 'struct.pack("<I", 2**32)', 'struct.pack("<q", 2**63)',
         'struct.pack("<Q", -1)', 'struct.pack("<Q", 2**64)', 'struct.pack("i", "x")', 'struct.pack("f", "x")',
         'struct.pack("<i", 1.0)', 'struct.pack("i")', 'struct.pack("i", 1, 2)', 'struct.unpack("i", b"12")',
         'struct.unpack_from("i", b"12", 0)', 'struct.unpack_from("i", b"12345", 3)',
         'struct.unpack_from("<i", b"abcd", -8)', 'struct.calcsize("z")', 'struct.calcsize("2")',
         'struct.pack("c", b"ab")', 'struct.pack("<c", 65)', 'struct.pack("s", "str")',
         'struct.pack_into("i", bytearray(5), 2, 1)', 'struct.pack_into("i", bytearray(5), -10, 1)',
         'struct.iter_unpack("i", b"12345")', 'struct.pack("<e", 1e10)', 'struct.pack("<e", 65520.0)',
         'struct.pack("<f", 1e300)', 'struct.pack("<l", 2**40)', 'struct.pack("<n", 1)', 'struct.pack("<P", 1)',
         'struct.unpack("i", "abcd")', 'struct.pack("<i", 2**100)']
for c in cases:
    try:
        print(c, eval(c))
    except struct.error as e:
        print(c, "struct.error", e)
    except (TypeError, OverflowError) as e:
        print(c, type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__)
