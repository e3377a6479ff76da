# struct 'c' packs exactly one byte from a bytes object: bytearray, str, int and longer bytes are struct.error.
import struct
print(struct.pack("<c", b"a"), struct.pack("<2c", b"x", b"y"), struct.unpack("<2c", b"pq"))
for v in (bytearray(b"a"), "a", 97, b"", b"ab", memoryview(b"a")):
    try:
        struct.pack("<c", v)
        print(repr(v), "ok")
    except struct.error as e:
        print(type(v).__name__, "struct.error", e)
