# os and open() on the wrong kind of path: a file used as a directory, a directory used as a file.
import os
d = "os_wrong_kind_tmp"
def clean():
    try:
        os.remove(d + "/f.txt")
    except OSError:
        pass
    try:
        os.rmdir(d)
    except OSError:
        pass
clean()
os.mkdir(d)
with open(d + "/f.txt", "w") as f:
    f.write("x")
cases = ['os.listdir(d + "/f.txt")', 'os.chdir(d + "/f.txt")', 'open(d + "/f.txt/x")', 'os.mkdir(d)',
         'os.rmdir(d)', 'open(d)', 'open(d, "w")', 'os.rmdir(d + "/f.txt")', 'os.mkdir(d + "/f.txt")']
for c in cases:
    try:
        eval(c)
    except OSError as e:
        print(c, type(e).__name__, e.errno, e.strerror)
clean()
print(d in os.listdir("."))
