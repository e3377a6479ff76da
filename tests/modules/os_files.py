# os: directories and files in the test's folder (mkdir, listdir, stat, rename, remove, rmdir, chdir).
import os
def clean():  # leftovers of an interrupted run
    for p in ['os_files_tmp/a.txt', 'os_files_tmp/b.txt']:
        try:
            os.remove(p)
        except OSError:
            pass
    for p in ['os_files_tmp/sub', 'os_files_tmp']:
        try:
            os.rmdir(p)
        except OSError:
            pass
clean()
d = "os_files_tmp"
os.mkdir(d)
print(d in os.listdir("."), d in os.listdir(), os.listdir(d))
with open(d + "/a.txt", "w") as f:
    f.write("12345")
print(os.listdir(d), os.listdir(d.encode()), os.stat(d + "/a.txt")[6], os.stat(d)[0] & 0o170000 == 0o040000)
st = os.stat(d + "/a.txt")
print(st.st_size, st[6] == st.st_size, len(st), st[0] == st.st_mode, st.st_mode & 0o170000 == 0o100000)
print(type(st.st_mtime).__name__ in ("int", "float"), st[8] > 1e9)
os.rename(d + "/a.txt", d + "/b.txt")
print(os.listdir(d))
cwd = os.getcwd()
os.chdir(d)
print(os.getcwd() == cwd + os.sep + d, os.listdir())
os.chdir("..")
print(os.getcwd() == cwd)
os.remove(d + "/b.txt")
os.mkdir(d + "/sub")
os.rmdir(d + "/sub")
os.rmdir(d)
print(d in os.listdir("."))
