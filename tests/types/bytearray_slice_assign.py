# bytearray slice assignment and deletion (growing, shrinking, extended slices).
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b'0123456789')
a[2:4] = b'AB'
print(a)
a[2:4] = b'XYZW'
print(a)
a[0:3] = []
print(a)
a[:0] = b'<<'
a[len(a):] = bytearray(b'>>')
print(a)
a[::2] = b'.' * len(a[::2])
print(a)
del a[0]
del a[-1]
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[1:2] = a
print(a)
a[3:1] = b'ins'
print(a)
a[::-1] = bytes(reversed(a))
print(a)
a[-2:] = [65, 66, 67]
print(a)
b = bytearray(b'abcdef')
def s1(): b[::2] = b'xy'
def s2(): b[0:2] = 5
def s3(): b[0:2] = 'st'
def s4(): b[0:1] = [300]
def s5(): del b[10]
t(s1); t(s2); t(s3); t(s4); t(s5)
print(b)
m = memoryview(b'ZZ')
b[0:2] = m
print(b, b[1:5:2], b[::-2], b[10:], b[-100:2])
