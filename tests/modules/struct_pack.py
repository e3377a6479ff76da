# struct: packing and unpacking every format with explicit byte orders.
import struct
print(struct.pack("<hi", 1, 2), struct.pack(">hi", 1, 2), struct.pack("!I", 0xdeadbeef), struct.pack("=H", 258))
print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1))
print(struct.unpack("<bBhHiIlLqQ", struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1)))
print(struct.pack(">?c3sx5p", True, b"a", b"xyzw", b"pascal"), struct.unpack(">?c3sx5p", b"\x01axyz\x00\x04pasc"))
print(struct.pack("<fd", 1.5, -2.25), struct.unpack("<fd", struct.pack("<fd", 0.1, 0.1)), struct.unpack(">d", b"?\xf0" + bytes(6)))
print(struct.pack("<e", 1.5), struct.pack("<e", 65519.0), struct.pack("<e", float("inf")), struct.pack("<e", 1e-8))
print(struct.unpack("<4e", struct.pack("<4e", 0.1, -0.0, 1 / 3, 2048.5)), struct.unpack("<e", b"\x00\x04"), struct.unpack("<e", b"\x00\x7c"))
print(struct.calcsize("<bhiq"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("3x2s"), struct.calcsize("0i"), struct.calcsize("<"))
print(struct.unpack("@bih", struct.pack("@bih", 1, 2, 3)))
print(struct.pack("3s", b"abcdef"), struct.pack("5p", b"abcdef"), struct.pack("?", []), struct.pack("<i", True))
print(struct.unpack("<2i", b"\x01\x00\x00\x00\x02\x00\x00\x00"), struct.unpack(b"<h", b"ab"), struct.pack("<2h3x", 1, 2))
class Index:
    def __index__(self):
        return 5
print(struct.pack("<i", Index()), struct.pack(">q", -2), struct.unpack("<q", b"\xfe" + b"\xff" * 7))
