# zlib.decompressobj: feeding in chunks, eof, unused_data after the stream, flush, max_length and unconsumed_tail.
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
data = b"streaming " * 40
c = zlib.compress(data)
d = zlib.decompressobj()
out = b""
for i in range(0, len(c), 7):
    out += d.decompress(c[i:i + 7])
print(out == data, d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(c + b"TRAILER") == data, d.eof, d.unused_data, d.flush())
d = zlib.decompressobj()
first = d.decompress(c, 10)
print(len(first), len(d.unconsumed_tail) > 0, first + d.decompress(d.unconsumed_tail) + d.flush() == data)
try:
    zlib.decompressobj().decompress(c, -1)
except ValueError as e:
    print("ValueError", e)
