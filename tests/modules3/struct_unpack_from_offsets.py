# struct.unpack_from/pack_into with positive, negative and out-of-range offsets.
import struct
buf = bytes(range(10))
for off in (0, 2, 6, 7, -4, -10, -11, 10):
    try:
        print(off, struct.unpack_from("<I", buf, off))
    except struct.error as e:
        print(off, "struct.error", e)
b = bytearray(8)
for off in (0, 4, 5, -4, -9):
    try:
        struct.pack_into("<I", b, off, 0x01020304)
        print(off, bytes(b))
    except struct.error as e:
        print(off, "struct.error", e)
