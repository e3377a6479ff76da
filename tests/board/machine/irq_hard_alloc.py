# Hard handlers run with the heap locked: allocating raises MemoryError, the handler's IRQ is
# disabled, and with micropython.alloc_emergency_exception_buf the traceback is printed too.
import micropython
from machine import Pin
from testutil import sleep_ms

out = Pin(2, Pin.OUT, value=0)
inp = Pin(3, Pin.IN)
calls = 0


def allocates(pin):
    global calls
    calls += 1
    return [1, 2, 3]  # a new list: not allowed in a hard handler


inp.irq(allocates, Pin.IRQ_RISING, hard=True)
out.on()
out.off()
sleep_ms(1)
print("calls", calls)
out.on()  # the handler was disabled after its error
out.off()
sleep_ms(1)
print("calls", calls)

# soft handlers may allocate
inp.irq(allocates, Pin.IRQ_RISING)
out.on()
out.off()
sleep_ms(1)
print("calls", calls)

# the same in normal code (in a function: binding `e` in the module's globals would allocate)
def allocate_while_locked():
    micropython.heap_lock()
    try:
        [1, 2]
        result = "allocated"
    except MemoryError as e:
        result = e
    micropython.heap_unlock()
    return result


print("MemoryError:", allocate_while_locked())
print([1, 2])
