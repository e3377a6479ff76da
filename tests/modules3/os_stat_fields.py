# os.stat of a file and a directory: size, mode bits, index access, st_* attributes, bytes paths.
import os
name = "os_stat_fields_tmp.bin"
with open(name, "wb") as f:
    f.write(b"x" * 123)
st = os.stat(name)
print(st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000, st[0] == st.st_mode, st.st_nlink >= 1)
print(os.stat(name.encode()).st_size, os.stat(".").st_mode & 0o170000 == 0o040000, st.st_mtime >= st.st_mtime - 1)
print(type(st.st_mtime).__name__ in ("int", "float"), st[-1] == st[9], st[1:3] == (st.st_ino, st.st_dev))
try:
    st[10]
except IndexError:
    print("IndexError")
os.remove(name)
