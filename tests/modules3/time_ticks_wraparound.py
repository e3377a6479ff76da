# time.ticks_add/ticks_diff wrap around at MicroPython's 2**30 tick period (signed difference).
import time
M = 1 << 30
print(time.ticks_diff(5, M - 5), time.ticks_diff(M - 5, 5), time.ticks_diff(0, M // 2), time.ticks_diff(M // 2, 0))
print(time.ticks_add(M - 1, 1), time.ticks_add(0, -1), time.ticks_add(10, M // 2 - 1), time.ticks_add(3, -M // 2))
t = time.ticks_add(M - 3, 10)
print(t, time.ticks_diff(t, M - 3), time.ticks_diff(M - 3, t))
a, b = time.ticks_ms(), time.ticks_us()
print(0 <= a < M, 0 <= b < M, 0 <= time.ticks_cpu() < M, time.ticks_diff(time.ticks_ms(), a) >= 0)
for bad in ('time.ticks_diff("a", 1)', 'time.ticks_add(1, None)', 'time.ticks_add(1, M // 2)', 'time.ticks_add(1, -M // 2 - 1)',
            'time.sleep_ms(-1)', 'time.sleep_us("1")'):
    try:
        eval(bad)
        print(bad, "ok")
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, type(e).__name__)
