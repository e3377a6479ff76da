# io.IOBase: a stream written in Python gets with-statement closing, readline/readlines and
# line iteration from its read().
import io
class Chunks(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def read(self, n=-1):
        r = self.data[self.pos:self.pos + n] if n >= 0 else self.data[self.pos:]
        self.pos += len(r)
        return r
    def readable(self):
        return True
s = Chunks(b"one\ntwo\nthree")
print(s.readline(), s.readable(), s.writable(), s.seekable(), s.closed)
print(list(s), s.readline(), isinstance(s, io.IOBase))
s = Chunks(b"a\nb\n")
print(s.readlines())
with Chunks(b"") as s:
    print(s.closed)
print(s.closed)
try:
    iter(s)
except ValueError as e:
    print("ValueError", e)
class Log(io.IOBase):
    def __init__(self):
        self.lines = []
    def write(self, s):
        self.lines.append(s)
        return len(s)
log = Log()
log.write("to a stream")
print(log.lines, log.flush(), log.close(), log.closed)
