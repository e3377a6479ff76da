# struct.iter_unpack: the buffer must be a multiple of the size, and the format not empty.
import struct
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), list(struct.iter_unpack("<H", b"")))
for fmt, buf in [("<H", b"123"), ("<I", b"12345"), ("", b"1"), ("0s", b""), ("<HB", b"123456")]:
    try:
        print(fmt, list(struct.iter_unpack(fmt, buf)))
    except struct.error as e:
        print(fmt, "struct.error", e)
it = struct.iter_unpack("<B", b"ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
