# machine.Pin: modes, values, wires between pins, pulls, names, errors.
from machine import Pin
from testutil import expect_error

out = Pin(2, Pin.OUT, value=1)
inp = Pin(3, Pin.IN)
print(out.value(), inp.value())  # the wire carries the level
out.off()
print(inp.value(), inp())
out.on()
print(inp())
out(0)
print(inp.value())
out.toggle()
print(inp.value())
out.low()
print(inp.value())
out.high()
print(inp.value())
out.value(False)
print(inp.value())

# repr and the configuration read back from the port
print(out)
print(Pin(3))
print(out.mode() == Pin.OUT, inp.mode() == Pin.IN)

# pulls on a floating pin
p = Pin(20, Pin.IN, Pin.PULL_UP)
print(p.value(), p.pull() == Pin.PULL_UP)
p.init(pull=Pin.PULL_DOWN)
print(p.value(), p.pull() == Pin.PULL_DOWN)
p.init(pull=None)
print(p.value(), p.pull())

# open drain: 1 releases the line (the input's pull-up wins), 0 pulls it low
od = Pin(2, Pin.OPEN_DRAIN, value=1)
inp.init(Pin.IN, Pin.PULL_UP)
print(inp.value())
od.value(0)
print(inp.value())

# names from the board description, drive strengths
led = Pin("LED", Pin.OUT)
print(led)
led.on()
print(led.value())
print(Pin(21, Pin.OUT, drive=Pin.DRIVE_3).drive())

# errors name the valid range
expect_error(ValueError, Pin, 30)
expect_error(ValueError, Pin, -1)
expect_error(ValueError, Pin, "NOPE")
expect_error(ValueError, Pin, 2, 9)
expect_error(ValueError, Pin, 2, Pin.OUT, drive=7)
expect_error(TypeError, Pin, 2.5)
