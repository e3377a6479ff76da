# repr of bytes and bytearray: quotes, escapes.
for b in [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b' ~', bytes(range(0, 256, 17))]:
    print(repr(b), repr(bytearray(b)), str(b), len(repr(b)))
print([b'a', bytearray(b'b')], (b'\x00',), {b'k': bytearray(2)})
