# os functions on a missing path raise FileNotFoundError with the path in the message.
import os
cases = ['os.stat("os_missing")', 'os.listdir("os_missing")', 'os.remove("os_missing")', 'os.rmdir("os_missing")',
         'os.chdir("os_missing")', 'os.mkdir("os_missing/sub")', 'os.stat("os_missing/a/b")', 'os.listdir(b"os_missing")']
for c in cases:
    try:
        eval(c)
    except OSError as e:
        print(c, type(e).__name__, e)
