# time: argument errors of sleep, gmtime/localtime and mktime.
import time
for c in ['time.sleep(-1)', 'time.sleep("x")', 'time.sleep(None)', 'time.gmtime("x")', 'time.gmtime(float("nan"))',
          'time.localtime("x")', 'time.mktime((1, 2))', 'time.mktime("x")', 'time.gmtime(1e30)']:
    try:
        print(c, eval(c))
    except (ValueError, TypeError, OverflowError) as e:
        print(c, type(e).__name__, e)
