# After with/close, a file's closed is True and every operation is ValueError; close() twice is fine.
import os
name = "file_closed_ops_tmp.txt"
with open(name, "w") as f:
    print(f.closed, f.write("ab\ncd\n"))
print(f.closed)
for op in ("f.read()", "f.write('x')", "f.readline()", "f.seek(0)", "f.tell()", "f.flush()", "list(f)", "next(f)", "f.readlines()"):
    try:
        eval(op)
    except ValueError as e:
        print(op, "ValueError", e)
f.close()
with open(name, "rb") as g:
    pass
try:
    g.readinto(bytearray(2))
except ValueError as e:
    print("readinto ValueError")
os.remove(name)
