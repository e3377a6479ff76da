# machine.RTC: setting and reading the date; it keeps counting on the board clock.
from machine import RTC
import machine
from testutil import expect_error

rtc = RTC()
rtc.datetime((2024, 2, 29, 0, 23, 59, 58, 0))
machine.lightsleep(2500)  # (testutil's clock is this RTC: not usable here)
d = rtc.datetime()
print(d[:7])  # weekday 4: a Friday
rtc.init((2030, 12, 31, 0, 0, 0, 0, 0))
print(rtc.datetime()[:3])
expect_error(ValueError, rtc.datetime, (2023, 2, 29, 0, 0, 0, 0, 0))
expect_error(ValueError, rtc.datetime, (2023, 13, 1, 0, 0, 0, 0, 0))
expect_error(ValueError, rtc.datetime, (2023, 1, 1))
