# zlib: zlib.error with zlib's messages, and argument errors.
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
cases = ['zlib.decompress(b"garbage")', 'zlib.decompress(zlib.compress(b"hello")[:-3])', 'zlib.compress(b"x", 10)',
         'zlib.compress("x")', 'zlib.crc32("x")', 'zlib.decompress(zlib.compress(b"hello"), wbits=-15)',
         'zlib.decompressobj().decompress(b"x", -1)', 'zlib.compressobj(11)', 'zlib.decompressobj(wbits=99)',
         'zlib.decompress(b"")']
for c in cases:
    try:
        print(c, eval(c))
    except zlib.error as e:
        print(c, "zlib.error", e)
    except (TypeError, ValueError) as e:
        print(c, type(e).__name__, e)
print(issubclass(zlib.error, Exception))
