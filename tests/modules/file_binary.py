# open(): binary files — bytes in and out, readinto, seek from the end, r+b updates, x mode.
import os
name = "file_binary_tmp.bin"
with open(name, "wb") as f:
    print(f.write(bytes(range(10))), f.write(bytearray(b"zz")), f.write(memoryview(b"!")), f.tell(), f.mode)
with open(name, "rb") as f:
    b = bytearray(4)
    print(f.readinto(b), b, f.seek(-3, 2), f.read(), f.seek(1), f.read(1), f.tell(), f.read(0))
    print(f.seek(2), f.readinto(memoryview(bytearray(100))), f.read(), f.readinto(bytearray(3)))
with open(name, "r+b") as f:
    f.seek(2)
    f.write(b"AB")
    f.seek(0)
    print(f.read(), f.tell())
with open(name, "ab") as f:
    f.write(b"end")
with open(name, "rb") as f:
    print(f.read()[-5:], f.read())
with open(name, "rb") as f:
    print(list(f), f.readline())
with open(name, "wb") as f:
    f.write(b"a\nb\n\nc")
with open(name, "rb") as f:
    print(f.readlines(), [l for l in open(name, "rb")])
try:
    open(name, "x")
except OSError as e:
    print("x mode:", e.errno)
os.remove(name)
with open(name, "xb") as f:
    print(f.write(b"new"))
os.remove(name)
