# str() and repr() of OSError for each constructor form: plain args, (errno, strerror), with filename(s).
cases = [(), ("message",), (5,), (2, "No such file or directory"), (2, "No such file or directory", "a.txt"),
         (2, "No such file or directory", None), (2, "x", b"bytes.txt"), (17, "File exists", "a", None, "b"),
         (1, 2, 3, 4, 5, 6), ("a", "b"), (None, "only strerror")]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), repr(e))
