# time.sleep: negative is ValueError, non-numbers TypeError; sleep(0) and small floats return None.
import time
print(time.sleep(0), time.sleep(0.001), time.sleep(False))
for v in (-1, -0.001, float("nan"), "1", None, [1], 1j):
    try:
        time.sleep(v)
        print(repr(v), "ok")
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__)
t0 = time.time()
time.sleep(0.02)
print(time.time() - t0 >= 0.015)
