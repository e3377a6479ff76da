# Binary file seek with whence 0/1/2 and tell; text files allow only seek(0, 1) / seek(0, 2) relative seeks.
import io, os
name = "file_seek_whence_tmp.bin"
with open(name, "wb") as f:
    f.write(b"0123456789")
with open(name, "rb") as f:
    print(f.seek(3), f.read(2), f.seek(2, 1), f.read(1), f.seek(-3, 2), f.read(), f.tell(), f.seek(0, io.SEEK_END))
    print(f.seek(20), f.read(), f.tell())
    try:
        f.seek(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__)
with open(name) as f:
    print(f.seek(0, 2), f.seek(0, 1), f.seek(0), f.read(3))
    try:
        f.seek(1, 1)
    except OSError as e:
        print("OSError", e)
os.remove(name)
