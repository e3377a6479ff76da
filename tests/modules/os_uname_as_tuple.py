# os.uname()'s result is a tuple for %-formatting, unpacking and star-arguments.
import os

u = os.uname()
print(isinstance(u, tuple), len(u))
print(("%s " * len(u)) % u == "".join(item + " " for item in u))
sysname, nodename, release, version, machine = u
print(sysname == u.sysname, machine == u[4])


def count(*args):
    return len(args)


print(count(*u), list(u) == [u.sysname, u.nodename, u.release, u.version, u.machine])
