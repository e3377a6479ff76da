# bytes literals, indexing, slicing, iteration and comparison.
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), b + b'!', b * 2, b'' == bytes())
print(b'ell' in b, 104 in b, b < b'help', b == b'hello')
print(bytes(3), bytes([65, 66, 67]), bytes(range(48, 52)))
print(repr(b'\x00\xff\n\t\\'), b"it's", b'quote"')
for x in b'AZ':
    print(x, type(x).__name__)
