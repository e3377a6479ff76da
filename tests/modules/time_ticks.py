# time: MicroPython's tick counters wrap modulo 2**30 and ticks_diff/ticks_add do modular
# arithmetic. CPython has none of them: the reference definitions below stand in there.
import time
try:
    from time import ticks_add, ticks_diff, ticks_ms, ticks_us, ticks_cpu, sleep_ms, sleep_us
except ImportError:
    PERIOD = 2**30
    def ticks_add(t, d):
        if not -PERIOD // 2 <= d < PERIOD // 2:
            raise OverflowError("ticks interval overflow")
        return (t + d) % PERIOD
    def ticks_diff(a, b): return (a - b + PERIOD // 2) % PERIOD - PERIOD // 2
    def ticks_ms(): return int(time.monotonic() * 1000) % PERIOD
    def ticks_us(): return int(time.monotonic() * 1000000) % PERIOD
    def ticks_cpu(): return ticks_us()
    def sleep_ms(n): time.sleep(max(n, 0) / 1000)
    def sleep_us(n): time.sleep(max(n, 0) / 1000000)
print(ticks_diff(ticks_add(0, -1), 0), ticks_add(0, -1), ticks_add(2**30 - 1, 1), ticks_diff(0, 2**30 - 1))
print(ticks_diff(5, ticks_add(5, 2**29 - 1)), ticks_diff(ticks_add(100, 2**29 - 1), 100), ticks_diff(7, 7))
try:
    ticks_add(0, 2**29)
except OverflowError as e:
    print("OverflowError", e)
t = ticks_ms()
sleep_ms(15)
print(ticks_diff(ticks_ms(), t) >= 15, 0 <= t < 2**30)
t = ticks_us()
sleep_us(2000)
print(ticks_diff(ticks_us(), t) >= 2000, 0 <= ticks_cpu() < 2**30)
sleep_ms(-5)
sleep_us(0)
print(ticks_diff(ticks_add(ticks_ms(), 1000), ticks_ms()) in (999, 1000))
