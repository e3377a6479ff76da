# open(): errors — closed files (ValueError), wrong direction (io.UnsupportedOperation, an OSError),
# wrong types (TypeError), missing files (OSError with errno).
import io, os
name = "file_errors_tmp.txt"
with open(name, "w") as f:
    f.write("abc")
for op in ("read()", "readline()", "write('x')", "seek(0)", "tell()", "flush()", "readlines()"):
    try:
        eval("f." + op)
    except ValueError as e:
        print(op, "ValueError", e)
f = open(name)
for op in ("write('x')",):
    try:
        eval("f." + op)
    except OSError as e:
        print(op, isinstance(e, io.UnsupportedOperation), isinstance(e, OSError), e)
f.close()
f = open(name, "w")
try:
    f.read()
except OSError as e:
    print("read", isinstance(e, io.UnsupportedOperation), e)
for c in ('f.write(b"x")', 'f.write(1)', 'f.seek("x")', 'f.seek(0, 5)'):
    try:
        print(c, eval(c))
    except (TypeError, ValueError) as e:
        print(c, type(e).__name__)
f.close()
g = open(name, "wb")
try:
    g.write("text")
except TypeError as e:
    print("TypeError", e)
g.close()
try:
    with open(name, "wb") as h:
        h.write(b"\xff\xfe")
    open(name).read()
except UnicodeDecodeError:
    print("UnicodeDecodeError")
try:
    open("file_errors_missing.txt")
except OSError as e:
    print(e.errno, e.filename)
os.remove(name)
