# io.IOBase subclasses: readline/readlines/iteration built on read(), context manager closes, closed ops are ValueError.
import io
class Src(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk
    def readinto(self, b):
        chunk = self.read(len(b))
        b[:len(chunk)] = chunk
        return len(chunk)
with Src(b"one\ntwo\nthree") as s:
    print(s.readline(), s.readlines(), s.closed)
print(s.closed)
try:
    s.readline()
except ValueError as e:
    print("ValueError", e)
print(list(Src(b"a\nb\n")), Src(b"").readable(), io.IOBase().writable(), io.IOBase().seekable())
