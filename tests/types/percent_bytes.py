# % formatting of bytes and bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b'%s %d' % (b'x', 5), b'%b|%5s|%-5s|' % (b'a', b'bc', bytearray(b'd')), b'%x %o %c %c' % (255, 8, 65, b'z'))
print(b'%r %a' % ('é', 'é'), b'%(k)s' % {b'k': b'v'}, b'%.2f%%' % 2.5, bytearray(b'%s') % b'x')
print(b'%s' % memoryview(b'mv'), b'%5.1s|' % b'abc', b'%i' % True)
t(lambda: b'%s' % 'x')
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%d' % b'1')
t(lambda: b'%y' % 1)
t(lambda: b'%s %s' % (b'a',))
