# open(): reading a write-only file and writing a read-only one are io.UnsupportedOperation (an OSError).
import io, os
name = "file_mode_errors_tmp.txt"
with open(name, "w") as f:
    for op in ("f.read()", "f.readline()", "f.readlines()"):
        try:
            eval(op)
        except io.UnsupportedOperation as e:
            print(op, isinstance(e, OSError), e)
with open(name, "rb") as f:
    for op in ("f.write(b'x')", "f.writelines([b'x'])"):
        try:
            eval(op)
        except io.UnsupportedOperation as e:
            print(op, isinstance(e, OSError), e)
with open(name, "a") as f:
    try:
        f.read()
    except OSError as e:
        print("append read", type(e).__name__, e)
os.remove(name)
