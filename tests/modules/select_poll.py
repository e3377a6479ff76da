# select: poll() and select() on files (always ready for reading and writing, as on CPython).
# poll() reports the object in MicroPython and its fd in CPython: only the flags are compared.
import select, os
name = "select_poll_tmp.txt"
f = open(name, "w")
g = open(name)
p = select.poll()
p.register(g, select.POLLIN)
p.register(f, select.POLLOUT)
r = p.poll(0)
print(len(r), sorted(flags for obj, flags in r))
p.modify(g, select.POLLIN | select.POLLOUT)
print(sorted(flags for obj, flags in p.poll(10)))
p.unregister(f)
print([flags for obj, flags in p.poll()] == [select.POLLIN | select.POLLOUT])
try:
    p.unregister(f)
except KeyError:
    print("KeyError")
print(select.select([g], [f], [], 0) == ([g], [f], []), select.select([], [], [], 0))
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
f.close()
g.close()
os.remove(name)
