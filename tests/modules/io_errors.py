# io: errors of StringIO, BytesIO and open(), with CPython's types and messages.
import io
cases = ['io.StringIO(b"x")', 'io.BytesIO("x")', 'io.StringIO().write(b"x")', 'io.BytesIO().write("x")',
         'io.StringIO("abc").seek(-1)', 'io.StringIO("abc").seek(1, 1)', 'io.StringIO("abc").seek(0, 3)',
         'io.BytesIO(b"abc").seek(0, 3)', 'io.BytesIO(b"abc").seek(-1)', 'io.StringIO("x").read("a")',
         'open("x.txt", "z")', 'open("x.txt", "rw")', 'open("x.txt", "rbt")', 'open("x.txt", "rr")',
         'open("x.txt", "rb", encoding="utf-8")', 'open(1.5)', 'open("x.txt", "")']
for c in cases:
    try:
        print(c, eval(c))
    except (TypeError, ValueError, OSError) as e:
        print(c, type(e).__name__, e)
for cls, arg in ((io.StringIO, "abc"), (io.BytesIO, b"abc")):
    s = cls(arg)
    s.close()
    for op in (s.read, s.getvalue, s.tell, lambda: s.write(arg), lambda: s.seek(0)):
        try:
            op()
        except ValueError as e:
            print(cls.__name__, "ValueError", e)
