# zlib.crc32/adler32: start values, chaining, big start values and argument types.
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
print(zlib.adler32(b"abc"), zlib.adler32(b"c", zlib.adler32(b"ab")), zlib.adler32(b"", 12345), zlib.adler32(b"x", 0))
print(zlib.crc32(b"abc", 0), zlib.crc32(b"abc", 0xFFFFFFFF), zlib.crc32(bytearray(b"abc")) == zlib.crc32(memoryview(b"abc")))
for call in ['zlib.adler32("abc")', 'zlib.crc32(b"a", "1")', 'zlib.adler32(None)', 'zlib.crc32()']:
    try:
        eval(call)
    except TypeError:
        print(call, "TypeError")
