# os.getcwd/chdir: relative and absolute chdir, bytes paths, and a failed chdir leaves the directory unchanged.
import os
start = os.getcwd()
d = "os_chdir_tmp"
try:
    os.rmdir(d)
except OSError:
    pass
os.mkdir(d)
os.chdir(d)
print(os.getcwd() == start + os.sep + d, os.listdir())
try:
    os.chdir("missing_sub")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename, os.getcwd() == start + os.sep + d)
os.chdir(start.encode())
print(os.getcwd() == start)
os.rmdir(d)
print(d in os.listdir())
