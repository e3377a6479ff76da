# bytes literals with escapes and prefixes.
print(b'abc', B'ABC', b'', b"dq", b'\x00\x7f\xff', b'\101')
print(b'\n\t\\\'', len(b'\x00\x01'), b'a\
b')
print(b'abc'[0], b'abc'[1:], list(b'\x01\x02'))
print(b'''triple
quoted''')
