# MicroPython style OSError(errno.ENOENT): args[0] is the errno and e.errno is too (CPython: None).
import errno
e = OSError(errno.ENOENT)
print(type(e).__name__, e.args, e.args[0] == errno.ENOENT, e.errno, str(e), repr(e))
try:
    raise OSError(errno.EIO)
except OSError as x:
    print(x.errno == errno.EIO, errno.errorcode[x.args[0]])
print(OSError("text").errno, OSError(1.5).errno)
