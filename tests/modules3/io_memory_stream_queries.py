# io.StringIO/BytesIO: isatty() is False, fileno() is io.UnsupportedOperation, newline= is checked as CPython.
import io
for cls, init in ((io.StringIO, "x"), (io.BytesIO, b"x")):
    s = cls(init)
    print(cls.__name__, s.isatty(), s.readable(), s.writable(), s.seekable())
    try:
        s.fileno()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError))
    s.close()
    try:
        s.isatty()
    except ValueError as e:
        print("ValueError", e)
for nl in (None, "", "\n", "\r", "\r\n", "x", "\n\n", 5):
    try:
        print(repr(nl), io.StringIO("a", nl).getvalue())
    except (ValueError, TypeError) as e:
        print(repr(nl), type(e).__name__, e)
