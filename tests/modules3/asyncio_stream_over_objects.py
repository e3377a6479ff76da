# asyncio.StreamReader/StreamWriter (MicroPython's Stream) over BytesIO and a non-blocking object that returns None.
import asyncio, io
class Trickle:
    """Gives one byte per read and answers None (no data yet) every other call."""
    def __init__(self, data):
        self.data = data
        self.calls = 0
        self.written = b""
    def read(self, n):
        self.calls += 1
        if self.calls % 2:
            return None
        chunk, self.data = self.data[:1], self.data[1:]
        return chunk
    def readline(self):
        return self.read(1)
    def write(self, buf):
        self.written += bytes(buf[:2])
        return min(2, len(buf))
    def close(self):
        self.data = b""
async def main():
    r = asyncio.StreamReader(io.BytesIO(b"line one\nline two\nrest"))
    print(await r.readline(), await r.read(4), await r.readexactly(5), await r.read())
    try:
        await r.readexactly(3)
    except EOFError:
        print("EOFError")
    t = Trickle(b"abc")
    s = asyncio.Stream(t)
    print(await s.read(5), await s.readexactly(2), t.calls)
    s.write(b"hello")
    await s.drain()
    print(t.written, s.out_buf)
    await s.wait_closed()
    w = asyncio.StreamWriter(io.BytesIO())
    w.write(b"xyz")
    await w.drain()
    print(w.s.getvalue(), w.get_extra_info("peername"))
asyncio.run(main())
