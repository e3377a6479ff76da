# struct.pack_into needs a writable buffer: bytes and str are TypeError.
import struct
for target in (b"12345678", "12345678", memoryview(b"12345678"), 5):
    try:
        struct.pack_into("<I", target, 0, 1)
        print(type(target).__name__, "ok")
    except TypeError as e:
        print(type(target).__name__, "TypeError")
b = bytearray(4)
struct.pack_into("<I", memoryview(b), 0, 0xAABBCCDD)
print(b)
