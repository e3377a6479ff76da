# testutil.py — helpers for the machine tests. They need the board's clock without depending on
# the `time` module: the RTC counts board time (it jumps over sleeps like every board clock).
import machine

_rtc = machine.RTC()
_rtc.datetime((2000, 1, 1, 0, 0, 0, 0, 0))


def now_us():
    d = _rtc.datetime()
    return ((d[2] - 1) * 86400 + d[4] * 3600 + d[5] * 60 + d[6]) * 1000000 + d[7]


def sleep_ms(ms):
    # lightsleep wakes early for every interrupt (and runs its callbacks): sleep again until the
    # whole time has passed. It may overshoot by under 1 ms; tests keep events off boundaries.
    end = now_us() + ms * 1000
    while True:
        left = end - now_us()
        if left <= 0:
            return
        machine.lightsleep((left + 999) // 1000)


def expect_error(exc_type, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc_type as e:
        print(exc_type.__name__ + ":", e)
        return
    print("no", exc_type.__name__)
