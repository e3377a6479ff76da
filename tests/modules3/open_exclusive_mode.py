# open(..., "x") creates a new file and raises FileExistsError when it already exists.
import os
name = "open_exclusive_tmp.txt"
try:
    os.remove(name)
except OSError:
    pass
with open(name, "x") as f:
    print(f.write("new"))
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
with open(name) as f:
    print(f.read())
os.remove(name)
