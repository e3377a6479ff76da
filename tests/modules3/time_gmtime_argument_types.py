# time.gmtime/localtime take an int or float (truncated); other types are TypeError; gmtime(None) is now.
import time
print(time.gmtime(1.99)[:8] == time.gmtime(1)[:8], time.gmtime(-0.5)[:6], time.gmtime(True)[:6], time.gmtime(86400 * 366)[:8])
print(len(time.gmtime(None)) >= 8, time.gmtime(None)[0] >= 2024, len(time.localtime()) >= 8)
for c in ['time.gmtime("0")', 'time.gmtime([0])', 'time.localtime(b"0")', 'time.localtime(1j)', 'time.gmtime(0, 1)']:
    try:
        eval(c)
    except TypeError:
        print(c, "TypeError")
