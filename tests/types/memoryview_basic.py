# memoryview over bytes/bytearray: len, indexing, slicing (zero-copy), tobytes, tolist, hex, attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.hex(), m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape)
s = m[1:5]
print(s.tobytes(), len(s), s[0], s[::2].tobytes(), m[::-1].tobytes(), m[::2][1], bytes(m[2:4]), list(m[4:]))
print(m == b'abcdef', m[1:3] == b'bc', m == bytearray(b'abcdef'), m[:2] == memoryview(b'ab'), m != b'x', m.obj == b'abcdef')
ba = bytearray(b'xyz')
v = memoryview(ba)
ba[0] = 65
print(v[0], v.tobytes(), v.readonly, bytes(v), b'-'.join([v[0:1], v[2:]]), hash(memoryview(b'k')) == hash(b'k'))
with memoryview(b'ctx') as w:
    print(w.tobytes())
t(lambda: w.tobytes())
t(lambda: len(w))
t(lambda: memoryview(5))
t(lambda: memoryview('str'))
t(lambda: m[10])
t(lambda: m['a'])
t(lambda: hash(memoryview(bytearray(1))))
r = memoryview(b'ab').toreadonly()
print(r.readonly, r.tobytes(), list(memoryview(b'\x01\x02')), [x for x in memoryview(b'it')])
