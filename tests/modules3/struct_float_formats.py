# struct: e/f/d formats for special values (inf, nan, -0.0), rounding to half and single precision, overflow.
import struct, math
for fmt in ("<e", "<f", "<d", ">e", ">f", ">d"):
    print(fmt, struct.pack(fmt, 1.5), struct.pack(fmt, -0.0), struct.pack(fmt, math.inf), struct.pack(fmt, -math.inf))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<f", b"\x00\x00\x80\xff"), math.isnan(struct.unpack("<d", struct.pack("<d", math.nan))[0]))
print(struct.unpack("<e", struct.pack("<e", 0.1)), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("<e", 65504.0), struct.pack("<e", 1e-8))
for fmt, v in (("<e", 1e6), ("<f", 1e39), ("<f", -1e39)):
    try:
        struct.pack(fmt, v)
    except OverflowError as e:
        print(fmt, v, "OverflowError", e)
