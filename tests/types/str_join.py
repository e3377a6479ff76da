# str.join over lists, tuples, generators, dict keys; errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(', '.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join(str(i) for i in range(5)), '+'.join({'k': 1, 'j': 2}))
print('é'.join(['a', 'b']), repr(''.join([])), repr('x'.join(['only'])), 'ab'.join('123'), '|'.join(['', '', '']))
big = ','.join(['item%d' % i for i in range(1000)])
print(len(big), big[:30], big[-20:])
t(lambda: ','.join([1]))
t(lambda: ','.join(['a', 2]))
t(lambda: ','.join(5))
t(lambda: ','.join(None))
t(lambda: ','.join([b'x']))
