# bytearray mutation: item assignment, append/extend/insert/pop/remove/clear/reverse/copy, += and *=.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b'hello')
a[0] = 72
a[-1] = ord('O')
a.append(33)
a.extend(b' ab')
a.extend([99, 100])
a.extend(bytearray(b'!'))
a.extend(x for x in b'xy')
a.insert(0, 62)
a.insert(-1, 45)
a.insert(100, 60)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord('l'))
print(a)
b = a.copy()
b.reverse()
print(b, a, b is a)
a += b'++'
a *= 2
print(a)
c = a
c += b'!'
print(c is a, a[-3:])
a.clear()
print(a, len(a), bool(a))
t(lambda: a.pop())
t(lambda: bytearray(b'a').remove(9))
t(lambda: bytearray(b'a').append(256))
t(lambda: bytearray(b'a').append('a'))
t(lambda: bytearray(b'a').insert(0, -1))
t(lambda: bytearray(b'a').extend('ab'))
t(lambda: bytearray(b'a').extend(5))
t(lambda: bytearray(b'a').pop(5))
x = bytearray(b'abc')
def setitem(i, v):
    x[i] = v
t(lambda: setitem(5, 1))
t(lambda: setitem(0, 300))
t(lambda: setitem(0, 'a'))
t(lambda: setitem('a', 1))
t(lambda: hash(bytearray()))
