# select.select on files: argument errors (non-sequences, bad timeouts) with CPython's types and messages.
import select, os
name = "select_select_errors_tmp.txt"
f = open(name, "w")
r, w, x = select.select([f], [f], [], 0)
print(r == [f], w == [f], x, select.select([], [], [], 0), select.select((), (), (), 0))
for call in ['select.select(None, [], [])', 'select.select([], 5, [])', 'select.select([], [], [], "x")', 'select.select([], [], [], [1])']:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError", e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError", e)
f.close()
os.remove(name)
