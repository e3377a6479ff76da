# struct: '?' bools, 'c' chars, 'x' padding, 's' and 'p' strings pack and unpack as CPython.
import struct
print(struct.pack("???", 0, 5, []), struct.unpack("??", b"\x00\x02"))
print(struct.pack("<cxc", b"a", b"b"), struct.unpack("<cxc", b"a\x00b"), struct.calcsize("3x"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.unpack("3s", b"abc"), struct.pack("0s", b"x"))
print(struct.pack("5p", b"ab"), struct.unpack("5p", b"\x02abzz"), struct.pack("3p", b"abcdef"))
for call in ['struct.pack("c", "a")', 'struct.pack("s", 1)', 'struct.pack("p", "x")', 'struct.pack("?")']:
    try:
        eval(call)
    except struct.error as e:
        print(call, "struct.error", e)
