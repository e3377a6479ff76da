# Binary r+b/w+b/a+b modes: read after write with seek, truncating w+, appending a+ always writes at the end.
import os
name = "file_modes_plus_tmp.bin"
with open(name, "w+b") as f:
    f.write(b"abcdef")
    f.seek(0)
    print(f.read(2), f.tell())
    f.seek(0, 2)
    f.write(b"gh")
    f.seek(0)
    print(f.read())
with open(name, "r+b") as f:
    f.write(b"XY")
    print(f.read(2), f.tell())
with open(name, "a+b") as f:
    f.seek(0)
    f.write(b"!")
    f.seek(0)
    print(f.read())
with open(name, "w+b") as f:
    print(f.read())
os.remove(name)
