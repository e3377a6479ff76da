# machine.WDT resets the board unless fed; after the reset main.py runs again and
# reset_cause() says why.
import machine
from testutil import sleep_ms, expect_error

if machine.reset_cause() == machine.WDT_RESET:
    print("after the watchdog reset")
else:
    print("power on", machine.reset_cause() == machine.PWRON_RESET)
    expect_error(ValueError, machine.WDT, timeout=0)
    wdt = machine.WDT(timeout=200)
    for i in range(5):
        sleep_ms(100)
        wdt.feed()
    print("fed for 500 ms")
    while True:  # stop feeding: the watchdog ends this loop
        pass
