# struct: unknown format characters and misplaced byte-order marks are struct.error "bad char in struct format".
import struct
for fmt in ["y", "<y", "i y", "iz", "<>i", "i<", "2", "!T", "@j", "<3", "4 i", "i\x00"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "struct.error", e)
for call in ['struct.pack("y", 1)', 'struct.unpack("y", b"x")', 'struct.Struct("k")']:
    try:
        eval(call)
    except struct.error as e:
        print(call, e)
