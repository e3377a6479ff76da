# zlib: compress/decompress round trips (levels, raw and gzip wbits), checksums, constants.
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
data = b"hello world " * 50
for level in (-1, 0, 1, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, len(c) < len(data) or level == 0)
print(zlib.compress(b"hello world"), zlib.decompress(zlib.compress(b"")))
raw = zlib.compress(b"raw data", wbits=-15)
print(zlib.decompress(raw, wbits=-15), zlib.decompress(zlib.compress(b"gz", wbits=31), wbits=31), zlib.decompress(zlib.compress(b"auto"), 47))
print(zlib.decompress(bytearray(zlib.compress(b"ba"))), zlib.decompress(memoryview(zlib.compress(b"mv"))), zlib.decompress(zlib.compress(b"x"), bufsize=1))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b"lo", zlib.crc32(b"hel")), zlib.adler32(b""), zlib.crc32(b"", -1))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_NO_FLUSH)
print(type(zlib.ZLIB_VERSION).__name__)
