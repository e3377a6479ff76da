# os: failures raise OSError with the errno and the file name (CPython raises the subclass, e.g.
# FileNotFoundError; both are OSError).
import os, errno
def clean():  # leftovers of an interrupted run
    for p in []:
        try:
            os.remove(p)
        except OSError:
            pass
    for p in ['os_errors_tmp']:
        try:
            os.rmdir(p)
        except OSError:
            pass
clean()
os.mkdir("os_errors_tmp")
cases = ['os.stat("nope")', 'os.listdir("nope")', 'os.remove("nope")', 'os.mkdir("os_errors_tmp")',
         'os.rmdir("nope")', 'os.rename("nope", "x")', 'os.chdir("nope")', 'os.remove("os_errors_tmp")',
         'os.statvfs("nope")', 'open("os_errors_tmp/none.txt")', 'open("os_errors_tmp")']
for c in cases:
    try:
        print(c, eval(c))
    except OSError as e:
        print(c, isinstance(e, OSError), e.errno, errno.errorcode[e.errno], e.args, e.filename)
os.rmdir("os_errors_tmp")
for c in ['os.stat(1.5)', 'os.urandom(-1)', 'os.urandom(1.5)', 'os.stat("a\\0b")']:
    try:
        print(c, eval(c))
    except (TypeError, ValueError) as e:
        print(c, type(e).__name__)
