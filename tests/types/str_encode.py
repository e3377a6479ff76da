# str.encode: utf-8, ascii, latin-1 and error handlers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', 'abc', 'héllo', '€', '\U0001f600']:
    t(lambda: s.encode())
    t(lambda: s.encode('utf-8'))
    t(lambda: s.encode('UTF8'))
    t(lambda: s.encode('latin-1'))
    t(lambda: s.encode('ascii'))
    t(lambda: s.encode('ascii', 'ignore'))
    t(lambda: s.encode('ascii', errors='replace'))
t(lambda: 'x'.encode('rot13x'))
t(lambda: 'x'.encode(1))
t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: 'x'.encode(encoding='latin1'))
