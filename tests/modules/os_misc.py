# os: sep, urandom, uname and statvfs (their shapes: values depend on the machine).
import os
def clean():  # leftovers of an interrupted run
    for p in ['os_misc_tmp/x']:
        try:
            os.remove(p)
        except OSError:
            pass
    for p in ['os_misc_tmp']:
        try:
            os.rmdir(p)
        except OSError:
            pass
clean()
print(os.sep, len(os.urandom(7)), type(os.urandom(3)).__name__, os.urandom(0))
print(len(set(os.urandom(16) for i in range(10))) == 10)
u = os.uname()
print(len(u), type(u.sysname).__name__, u[0] == u.sysname, u[4] == u.machine, type(u.release).__name__, type(u.version).__name__)
v = os.statvfs(".")
print(len(v), v[0] == v.f_bsize, v[1] == v.f_frsize, v.f_blocks >= v.f_bfree >= 0, v.f_namemax > 0)
print(type(os.getcwd()).__name__, os.getcwd().endswith("modules"))
os.mkdir("os_misc_tmp")
os.chdir("os_misc_tmp")
open("x", "w").close()
print(os.listdir(None), os.listdir(), os.listdir("."))
os.remove("x")
os.chdir("..")
os.rmdir("os_misc_tmp")
