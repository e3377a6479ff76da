# io.StringIO/BytesIO: readline with size, readlines with hint, read(-1)/read(None), truncate and getvalue.
import io
s = io.StringIO("alpha\nbeta\ngamma")
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline(-1)), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines(7), s.read(None), repr(s.read(-1)))
b = io.BytesIO(b"a\nbb\nccc\n")
print(b.readline(1), b.readlines(), b.read())
b.seek(2)
print(b.truncate(), b.getvalue(), b.tell())
s = io.StringIO("hello")
s.seek(2)
print(s.truncate(), s.getvalue(), s.tell(), s.write("XY"), s.getvalue())
