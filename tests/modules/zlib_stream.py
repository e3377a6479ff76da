# zlib: streaming compression and decompression (compressobj/decompressobj), max_length,
# unconsumed_tail, unused_data and eof.
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
d = zlib.decompressobj()
c = zlib.compress(b"hello world" * 3) + b"extra"
print(d.decompress(c, 5), d.unconsumed_tail[:3], d.eof)
print(d.decompress(d.unconsumed_tail), d.eof, d.unused_data, d.decompress(b"more"), d.unused_data)
co = zlib.compressobj()
data = co.compress(b"abc" * 50) + co.flush()
print(zlib.decompress(data) == b"abc" * 50)
d = zlib.decompressobj()
out = b"".join(d.decompress(data[i:i + 7]) for i in range(0, len(data), 7))
print(out == b"abc" * 50, d.eof, d.unused_data, d.flush())
co = zlib.compressobj(9, zlib.DEFLATED, -15)
part = co.compress(b"sync me") + co.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj(-15)
print(d.decompress(part), d.eof)
part2 = co.compress(b" done") + co.flush()
print(d.decompress(part2), d.eof)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abcdef"), 2), d.flush())
