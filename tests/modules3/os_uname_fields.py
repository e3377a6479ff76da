# os.uname(): five str fields by name and by index (values depend on the machine, so only their shape is printed).
import os
u = os.uname()
print(len(u), [type(x).__name__ for x in u], u[0] == u.sysname, u[4] == u.machine, u.nodename == u[1], u.release == u[2], u.version == u[3])
print(all(len(x) > 0 for x in (u.sysname, u.machine)), os.sep, type(os.getcwd()).__name__)
try:
    os.uname(1)
except TypeError:
    print("TypeError")
