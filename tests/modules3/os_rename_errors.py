# os.rename errors name both paths ("a -> b"); renaming onto an existing file replaces it.
import os
try:
    os.rename("os_rename_missing", "os_rename_target")
except FileNotFoundError as e:
    print(type(e).__name__, e.filename, e.filename2, e)
a, b = "os_rename_a.tmp", "os_rename_b.tmp"
for n in (a, b):
    with open(n, "w") as f:
        f.write(n)
os.rename(a, b)
with open(b) as f:
    print(f.read(), a in os.listdir("."), b in os.listdir("."))
os.remove(b)
