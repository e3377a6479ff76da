# Text files hold UTF-8: read(n) counts characters, write returns characters, tell/seek round-trip at line starts.
import os
name = "file_text_utf8_tmp.txt"
with open(name, "w", encoding="utf-8") as f:
    print(f.write("h\u00e9llo \u20ac\n"), f.write("\U0001f600 end\n"))
with open(name, encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.readline()))
    pos = f.tell()
    print(repr(f.read(2)))
    f.seek(pos)
    print(repr(f.read()))
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
