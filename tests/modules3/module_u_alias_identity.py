# MicroPython's u-names are the same module objects as the plain names (one entry object, both in sys.modules).
import sys
import utime, time, ustruct, struct, uos, os, uerrno, errno
print(utime is time, ustruct is struct, uos is os, uerrno is errno)
print(sys.modules["utime"] is sys.modules["time"], utime.__name__, uos.__name__)
import uio
import io
print(uio is io, "uio" in sys.modules, "io" in sys.modules)
