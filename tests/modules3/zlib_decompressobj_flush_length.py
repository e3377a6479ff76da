# zlib.decompressobj().flush(length): the length must be positive; flush after the end returns b"".
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"data")), d.flush(), d.flush(1), d.eof)
for n in (0, -1):
    try:
        zlib.decompressobj().flush(n)
    except ValueError as e:
        print(n, "ValueError", e)
try:
    zlib.decompressobj().flush("1")
except TypeError:
    print("TypeError")
