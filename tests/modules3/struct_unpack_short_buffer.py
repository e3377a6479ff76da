# struct.unpack with a buffer of the wrong size is struct.error "unpack requires a buffer of N bytes".
import struct
for fmt, buf in [("i", b""), ("i", b"123"), ("<h", b"1"), ("<q", b"1234567"), ("2H", b"123"), ("<ih", b"123456"),
                 ("i", b"12345"), ("<d", bytes(9)), ("3s", b"ab"), ("", b"x"), ("0i", b"")]:
    try:
        print(fmt, struct.unpack(fmt, buf))
    except struct.error as e:
        print(fmt, len(buf), "struct.error", e)
