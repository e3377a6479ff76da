# With an emergency exception buffer the traceback of a hard handler's error can be recorded.
import micropython
from machine import Pin

micropython.alloc_emergency_exception_buf(256)
out = Pin(2, Pin.OUT, value=0)


def fails(pin):
    return {}


Pin(3, Pin.IN).irq(fails, Pin.IRQ_RISING, hard=True)
out.on()
print("done")
