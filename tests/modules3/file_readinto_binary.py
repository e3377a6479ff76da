# Binary files: readinto a bytearray and a memoryview slice, partial reads at the end, readinto on text is an error.
import os
name = "file_readinto_tmp.bin"
with open(name, "wb") as f:
    f.write(bytes(range(10)))
with open(name, "rb") as f:
    b = bytearray(4)
    print(f.readinto(b), b)
    m = memoryview(bytearray(8))
    print(f.readinto(m[2:6]), bytes(m))
    print(f.readinto(b), b, f.readinto(b), f.tell())
with open(name, "rb") as f:
    try:
        f.readinto(b"immutable")
    except TypeError:
        print("TypeError")
os.remove(name)
