# io.StringIO and io.BytesIO can be subclassed: the subclass keeps the stream methods and iteration.
import io


class Tagged(io.StringIO):
    def __init__(self, text, tag):
        super().__init__(text)
        self.tag = tag

    def shout(self):
        return self.getvalue().upper()


s = Tagged("hello\nworld\n", "t")
print(s.tag, s.read(3), repr(s.shout()), list(s), isinstance(s, io.StringIO))
s.write("more")
print(repr(s.getvalue()))


class Bytes(io.BytesIO):
    pass


b = Bytes(b"abc")
b.seek(0, 2)
b.write(b"de")
print(b.getvalue(), type(b).__name__, isinstance(b, io.BytesIO))


class Plain(io.StringIO):
    pass


with Plain() as p:
    print("line", file=p)
    print(repr(p.getvalue()))
print(p.closed)
