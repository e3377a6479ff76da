# select: MicroPython's polling of Python streams (ioctl) and in-memory streams; CPython can only
# poll objects with a file descriptor, hence the .exp (docs/differences.md).
import select, io
class Ready(io.IOBase):
    def ioctl(self, req, arg):
        return select.POLLIN & arg if req == 3 else -1
p = select.poll()
s = io.StringIO("x")
r = Ready()
p.register(s, select.POLLIN)
p.register(r)
print(p.poll(0) == [(s, select.POLLIN), (r, select.POLLIN)])
print([flags for obj, flags in p.ipoll(0)])
p2 = select.poll()
p2.register(object())
try:
    p2.poll(0)
except TypeError as e:
    print("TypeError", e)
