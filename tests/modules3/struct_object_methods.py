# struct.Struct: format, size, pack/unpack/pack_into/unpack_from/iter_unpack on one object; errors carry over.
import struct
s = struct.Struct("<hI")
print(s.format, s.size, s.pack(-1, 7), s.unpack(b"\xff\xff\x07\x00\x00\x00"))
b = bytearray(8)
s.pack_into(b, 1, 2, 3)
print(b, s.unpack_from(b, 1), list(s.iter_unpack(bytes(12))))
for call in ['s.pack(1)', 's.unpack(b"12")', 's.pack(1, -1)', 'struct.Struct(5)', 's.unpack_from(b"123456", 1)']:
    try:
        eval(call)
    except struct.error as e:
        print(call, "struct.error", e)
    except TypeError:
        print(call, "TypeError")
