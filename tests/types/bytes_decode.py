# bytes.decode: utf-8 (with CPython's error positions), ascii, latin-1, error handlers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in [b'', b'abc', 'héllo €'.encode(), b'\xff', b'a\xc3', b'\xe0\x80', b'\xe2\x82', b'\xe2\x82x', b'\xed\xa0\x80',
          b'\xf4\x90\x80\x80', b'\xf0\x9f\x98', b'\xc0\xaf', b'ok\xe9']:
    t(lambda: b.decode())
    t(lambda: b.decode('utf-8', 'replace'))
    t(lambda: b.decode(errors='ignore'))
    t(lambda: b.decode('latin-1'))
    t(lambda: b.decode('ascii'))
t(lambda: b'ab'.decode('xyz'))
t(lambda: b'ab'.decode('utf-8', 'bad'))
t(lambda: b'\xff'.decode('utf-8', 'bad'))
t(lambda: b'\xe9\xff'.decode('ascii', 'replace'))
t(lambda: bytearray('ü'.encode()).decode())
t(lambda: str(b'\xc3\xbc', 'utf-8'))
