# Writing through a memoryview changes the underlying bytearray.
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'0123456789')
m = memoryview(ba)
m[0] = 65
m[-1] = 66
m[2:5] = b'xyz'
m[5:7] = bytearray(b'!!')
print(ba)
sub = m[1:9]
sub[0] = 97
sub[::2] = b'ABCD'
print(ba, sub.tobytes())
def a1(): m[0] = 256
def a2(): m[0:2] = b'abc'
def a3(): memoryview(b'ro')[0] = 1
def a4(): del m[0]
def a5(): m[0] = b'a'
def a6(): m[0:1] = 5
for f in (a1, a2, a3, a4, a5, a6):
    t(f)
print(ba)
