# select.poll: modify() of an unregistered file is FileNotFoundError (ENOENT); bad timeouts and masks are TypeError.
import select, errno, os
name = "select_poll_errors_tmp.txt"
f = open(name, "w")
p = select.poll()
try:
    p.modify(f, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT)
for call in ['p.poll("1")', 'p.poll(1.5j)', 'p.register(f, "in")', 'p.register()', 'p.unregister()']:
    try:
        eval(call)
        print(call, "ok")
    except TypeError:
        print(call, "TypeError")
print(p.poll(0), select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
f.close()
os.remove(name)
