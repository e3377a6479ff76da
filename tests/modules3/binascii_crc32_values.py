# binascii.crc32: known values, incremental updates, start values and argument types.
import binascii
print(binascii.crc32(b""), binascii.crc32(b"a"), binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"x", 0xFFFFFFFF), binascii.crc32(b"x", 2**32 + 5) == binascii.crc32(b"x", 5), binascii.crc32(bytearray(b"abc")))
print(binascii.crc32(memoryview(b"abc")), binascii.crc32(b"abc", -1))
for bad in ('"abc"', '1', 'b"a", "b"'):
    try:
        eval("binascii.crc32(%s)" % bad)
    except TypeError:
        print(bad, "TypeError")
