# The module-level functions of machine.
import machine
from machine import Pin
from testutil import sleep_ms, expect_error

print(machine.unique_id())
print(machine.freq())
machine.freq(200000000)
print(machine.freq())
expect_error(ValueError, machine.freq, 1000)
machine.freq(125000000)

state = machine.disable_irq()
machine.enable_irq(state)

# mem8/16/32 reach the board's register window (little-endian)
machine.mem32[0x20000010] = 0xdeadbeef
print(hex(machine.mem32[0x20000010]), hex(machine.mem16[0x20000012]), hex(machine.mem8[0x20000010]))
machine.mem8[0x20000010] = 0x42
print(hex(machine.mem32[0x20000010]))
expect_error(ValueError, lambda a: machine.mem32[a], 0x20000011)
expect_error(ValueError, lambda a: machine.mem32[a], 0x10000000)

# time_pulse_us on the scripted BUTTON pin: a 500 us pulse every 200 ms
button = Pin("BUTTON", Pin.IN)
machine.time_pulse_us(button, 0, 500000)  # to the end of a pulse, if one is in progress
width = machine.time_pulse_us(button, 1, 500000)
print(400 <= width <= 600)
print(machine.time_pulse_us(Pin(20, Pin.IN), 1, 1000))  # never starts: -2

# bitstream: WS2812 timing on pin 12
machine.bitstream(Pin(12, Pin.OUT), 0, (400, 850, 800, 450), b"\x10\x20\x30")
expect_error(ValueError, machine.bitstream, Pin(12), 1, (1, 2, 3, 4), b"")

machine.idle()
machine.lightsleep(10)
print(machine.reset_cause() in (machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET,
                                machine.DEEPSLEEP_RESET, machine.SOFT_RESET))
print(machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET, machine.SOFT_RESET)
