# bytes comparisons, hashing, concatenation, repetition, iteration and indexing.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [b'', b'a', b'ab', b'b', bytearray(b'ab'), b'\xff']
for x in vals:
    print([x < y for y in vals], [x == y for y in vals], [x >= y for y in vals])
print(b'a' == 'a', b'a' != 'a', hash(b'abc') == hash(b'ab' + b'c'), len({b'x', b'x', b'y'}), {b'k': 1}[b'k'])
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'ab' + memoryview(b'!'), b'ab' * 3, 2 * b'x', b'ab' * 0, b'ab' * -1)
print(list(b'abc'), list(bytearray(b'\x00\xff')), [x for x in b''], b'abc'[1], b'abc'[-1], b'abcdef'[1:5:2], b'abc'[::-1])
print(bytearray(b'abc')[0], bytearray(b'abcdef')[::2], type(bytearray(b'x')[0:1]).__name__, b'abc'[5:], b'abc'[-10:2])
t(lambda: b'a' + 'b')
t(lambda: b'a' + 1)
t(lambda: b'a' < 'a')
t(lambda: b'a'[5])
t(lambda: bytearray(b'a')[5])
key = 'x'
t(lambda: b'a'[key])
t(lambda: b'a' * 'b')
def setb():
    b = b'abc'
    b[0] = 1
t(setb)
print(bool(b''), bool(b'\x00'), len(bytearray(10)), b'%s' % b'', sorted([b'b', b'a', b'']))
