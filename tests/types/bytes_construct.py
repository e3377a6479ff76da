# bytes() and bytearray() constructors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class B:
    def __bytes__(self):
        return b'custom'

for ctor in (bytes, bytearray):
    t(lambda: ctor())
    t(lambda: ctor(3))
    t(lambda: ctor(0))
    t(lambda: ctor([65, 66, 0, 255]))
    t(lambda: ctor((x for x in range(3))))
    t(lambda: ctor(range(97, 100)))
    t(lambda: ctor(b'abc'))
    t(lambda: ctor(bytearray(b'xy')))
    t(lambda: ctor(memoryview(b'mv')))
    t(lambda: ctor('héllo', 'utf-8'))
    t(lambda: ctor('abc', encoding='ascii'))
    t(lambda: ctor('é', 'latin-1'))
    t(lambda: ctor(-1))
    t(lambda: ctor('a'))
    t(lambda: ctor(1.5))
    t(lambda: ctor([256]))
    t(lambda: ctor([-1]))
    t(lambda: ctor(['a']))
    t(lambda: ctor('a', 1))
    t(lambda: ctor(5, 'utf-8'))
    t(lambda: ctor(None))
t(lambda: bytes(B()))
t(lambda: bytearray(B()))
