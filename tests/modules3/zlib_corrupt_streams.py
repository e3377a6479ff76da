# zlib.decompress of corrupted data: bad header, bad block type, bad checksum, truncated; all zlib.error.
try:
    import zlib
except ImportError:  # the -m32 host build has no zlib library
    print('SKIP')
    raise SystemExit
good = zlib.compress(b"hello hello hello hello")
bad_header = b"\x78\x00" + good[2:]
bad_check = good[:-1] + bytes([good[-1] ^ 1])
bad_block = good[:2] + b"\xff" + good[3:]
for name, data in (("header", bad_header), ("checksum", bad_check), ("block", bad_block), ("truncated", good[:5]), ("one byte", b"x")):
    try:
        zlib.decompress(data)
        print(name, "ok")
    except zlib.error as e:
        print(name, "zlib.error", e)
print(zlib.decompress(good))
