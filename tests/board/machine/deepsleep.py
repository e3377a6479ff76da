# machine.deepsleep resets the board when it wakes; the RTC keeps counting through it.
import machine

rtc = machine.RTC()
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print("woke from deep sleep", rtc.datetime()[4:7])
else:
    rtc.datetime((2025, 1, 1, 0, 12, 0, 0, 0))
    print("going to sleep")
    machine.deepsleep(60000)
    print("not reached")
