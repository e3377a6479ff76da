# open(): text files (UTF-8) — write, read(n) in characters, readline, tell/seek, append, with.
name = "file_text_tmp.txt"
with open(name, "w") as f:
    print(f.write("h\u00e9llo\n"), f.tell(), f.write("line2\nline3"), f.mode, f.name, f.closed, f.writable(), f.readable())
print(f.closed)
f = open(name)
print(f.read(2), f.tell(), f.readline(), repr(f.read()), f.read(), f.readline(), f.seekable())
print(f.seek(0), f.readline(), f.readline(5), f.readline(), f.readline())
f.close()
f.close()
with open(name, "a") as f:
    f.write("\nappended")
with open(name, encoding="utf-8") as f:
    print(f.readlines())
with open(name, "r") as f:
    print([line for line in f])
with open(name) as f:
    print(f.readlines(8), f.read(3))
with open(name, "w") as f:
    pass
with open(name) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
with open(name, "w+") as f:
    f.write("abc")
    f.seek(0)
    print(f.read())
import os
os.remove(name)
