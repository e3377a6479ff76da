# Argument errors of str methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'a'.split(5))
t(lambda: 'a'.split(''))
t(lambda: 'a'.rsplit(''))
t(lambda: 'a'.split(maxsplit='x'))
t(lambda: 'a'.splitlines(1.5))
t(lambda: str.split(5))
t(lambda: str.upper(b'x'))
t(lambda: 'a'.startswith(5))
t(lambda: 'a'.endswith((1,)))
t(lambda: 'a'.index('b'))
t(lambda: 'a'.rindex('b'))
t(lambda: 'a'.count(1))
t(lambda: 'a'.zfill('x'))
t(lambda: 'a'.expandtabs('x'))
t(lambda: 'a'.find('a', 'x'))
t(lambda: 'a'.join([1]))
t(lambda: 'a'.partition(1))
