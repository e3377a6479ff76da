# OSError's errno, strerror, filename, filename2 and args for each constructor form.
cases = [(), ("message",), (2, "No such file or directory"), (2, "No such file or directory", "a.txt"),
         (2, "nf", None), (2, "nf", None, None), (18, "Invalid cross-device link", "a", None, "b"), (1, 2, 3, 4, 5, 6)]
for args in cases:
    e = OSError(*args)
    print(e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "nf", "a.txt")
e.errno = 13
e.filename = "b.txt"
print(e.errno, e.filename, e.args, str(e))
