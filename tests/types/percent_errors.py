# % formatting errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: '%s %s' % (1,))
t(lambda: '%s' % (1, 2))
t(lambda: 'abc' % 5)
t(lambda: '%(a)s' % (1,))
t(lambda: '%(a)s' % {'b': 1})
t(lambda: '%z' % 1)
t(lambda: '%' % 1)
t(lambda: '%(a' % {'a': 1})
t(lambda: '%d' % 's')
t(lambda: '%d' % None)
t(lambda: '%x' % 3.7)
t(lambda: '%f' % 's')
t(lambda: '%c' % 'ab')
t(lambda: '%c' % 0x110000)
t(lambda: '%c' % 1.5)
t(lambda: '%*d' % ('a', 1))
t(lambda: '%.*f' % (1,))
t(lambda: '%b' % 1)
