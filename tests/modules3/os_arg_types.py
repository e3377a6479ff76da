# os functions reject wrong argument types with TypeError (str, bytes and path-like are accepted).
import os
cases = ['os.stat(1.5)', 'os.listdir(1.5)', 'os.remove(None)', 'os.mkdir([])', 'os.rmdir(2.5)',
         'os.rename("a", 1.5)', 'os.chdir(None)', 'os.urandom("4")', 'os.stat()', 'os.getcwd(1)']
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except TypeError:
        print(c, "TypeError")
print(len(os.urandom(0)), type(os.urandom(3)).__name__, len(os.urandom(17)))
