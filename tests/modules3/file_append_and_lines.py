# Files: "a" appends, readline(size) limits, readlines, iteration, writelines and write's return value.
import os
name = "file_append_lines_tmp.txt"
with open(name, "w") as f:
    print(f.write("one\ntwo\n"))
with open(name, "a") as f:
    f.writelines(["three\n", "four"])
    print(f.tell())
with open(name) as f:
    print(repr(f.readline(2)), repr(f.readline()), repr(f.readline(100)), f.readlines())
with open(name) as f:
    print([line for line in f])
with open(name, "rb") as f:
    print(f.readline(), list(f))
os.remove(name)
