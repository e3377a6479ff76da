# os.ilistdir (MicroPython only, hence the .exp): (name, type, inode, size) tuples, type 0x4000
# for a directory and 0x8000 for a file.
import os
def clean():  # leftovers of an interrupted run
    for p in ['os_ilistdir_tmp/f.txt']:
        try:
            os.remove(p)
        except OSError:
            pass
    for p in ['os_ilistdir_tmp/sub', 'os_ilistdir_tmp']:
        try:
            os.rmdir(p)
        except OSError:
            pass
clean()
d = "os_ilistdir_tmp"
try:
    os.mkdir(d)
    os.mkdir(d + "/sub")
    with open(d + "/f.txt", "w") as f:
        f.write("abc")
    entries = sorted(os.ilistdir(d))
    print([(e[0], hex(e[1]), len(e)) for e in entries], [e[3] for e in entries if e[1] == 0x8000])
    print(sorted(e[0] for e in os.ilistdir(d.encode())), type(next(os.ilistdir(d))[2]).__name__)
finally:
    clean()
try:
    os.ilistdir("os_ilistdir_missing")
except OSError as e:
    print("OSError", e.errno)
