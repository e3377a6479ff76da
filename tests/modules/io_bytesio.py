# io.BytesIO: bytes in, bytes out; readinto, seek from the end, zero padding past the end.
import io
b = io.BytesIO(b"ab\ncd")
print(b.read(1), b.readline(), b.read(), b.tell(), b.getvalue())
b = io.BytesIO()
print(b.write(b"xyz"), b.write(bytearray(b"12")), b.write(memoryview(b"!")), b.getvalue(), b.tell())
print(b.seek(-1, 2), b.read(), b.seek(-10, 2), b.seek(1, 1), b.read(2))
b = io.BytesIO(b"ab")
b.seek(5)
b.write(b"x")
print(b.getvalue(), b.readlines(), io.BytesIO(b"a\nb").readlines(), list(io.BytesIO(b"1\n2")))
b = io.BytesIO(b"0123456789")
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:3]), buf, b.read(100), b.readinto(buf))
with io.BytesIO(b"z") as b:
    print(b.read(), b.closed)
print(b.closed, io.BytesIO(bytearray(b"q")).getvalue(), io.BytesIO().read())
