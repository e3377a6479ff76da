# split/rsplit/splitlines/join/strip for bytes.
b = b'  one two\tthree\nfour  '
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(b' '), b.split(b'o', 2), b.rsplit(b'o', 1), b.split(maxsplit=0))
print(b'a,b,,c'.split(b','), b''.split(), b''.split(b','), b'x\ny\r\nz\rw'.splitlines(), b'x\ny\r\n'.splitlines(True))
print(b.strip(), b.lstrip(), b.rstrip(), b'xxaxx'.strip(b'x'), b'abc'.strip(b'ac'), b'  x  '.strip(None), bytearray(b' y ').strip())
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), bytearray(b', ').join([b'x', b'y']), b'ab'.join([b'1']))
for f in [lambda: b'a'.split(b''), lambda: b'a'.join([1]), lambda: b'a'.join(['x']), lambda: b'a'.strip('a'), lambda: b'a'.split('a')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
