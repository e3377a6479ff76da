# memoryview.cast between byte and wider integer formats (little-endian host).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

raw = bytearray(b'\x01\x00\x02\x00\xff\xff\x00\x80')
h = memoryview(raw).cast('H')
print(len(h), h.tolist(), h.itemsize, h.format, h.nbytes, h[2])
print(memoryview(raw).cast('h').tolist(), memoryview(raw).cast('I').tolist(), memoryview(raw).cast('i').tolist(), memoryview(raw).cast('b').tolist())
h[0] = 513
print(raw[:2], h.cast('B').tolist()[:4])
t(lambda: memoryview(b'abc').cast('H'))
t(lambda: memoryview(b'ab').cast('x'))
t(lambda: h.__setitem__(0, 70000))
t(lambda: h.__setitem__(0, -1))
