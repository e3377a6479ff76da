# os.listdir: str and bytes paths give str and bytes names; an empty directory lists as []; default is ".".
import os
d = "os_listdir_types_tmp"
def clean():
    for n in ("b.txt", "a.txt"):
        try:
            os.remove(d + "/" + n)
        except OSError:
            pass
    try:
        os.rmdir(d)
    except OSError:
        pass
clean()
os.mkdir(d)
print(os.listdir(d), os.listdir(d.encode()))
for n in ("b.txt", "a.txt"):
    with open(d + "/" + n, "w") as f:
        f.write(n)
print(sorted(os.listdir(d)), sorted(os.listdir(d.encode())), d in os.listdir(), d in os.listdir("."))
clean()
