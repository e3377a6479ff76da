# Pin.irq: soft and hard handlers, triggers, flags, disabling, scripted inputs.
import micropython
from machine import Pin
from testutil import sleep_ms

out = Pin(2, Pin.OUT, value=0)
inp = Pin(3, Pin.IN)
events = []


def on_edge(pin):
    events.append((pin.value(), irq.flags()))


irq = inp.irq(on_edge, Pin.IRQ_RISING | Pin.IRQ_FALLING)
out.on()
sleep_ms(1)  # soft handlers run at the next safe point
out.off()
sleep_ms(1)
out.on()
sleep_ms(1)
print(events)
print(irq.trigger() == Pin.IRQ_RISING | Pin.IRQ_FALLING)
print(inp.irq() is irq)

# only rising edges
events.clear()
inp.irq(on_edge, Pin.IRQ_RISING)
out.off()
sleep_ms(1)
out.on()
sleep_ms(1)
out.off()
sleep_ms(1)
print(events)

# a hard handler runs before the next bytecode and may not allocate
count = 0


def hard_count(pin):
    global count
    count += 1


inp.irq(hard_count, Pin.IRQ_FALLING, hard=True)
out.on()
out.off()
print(count)
out.on()
out.off()
print(count)

# handler None disables
inp.irq(None)
out.on()
out.off()
print(count)

# a scripted input: BUTTON pulses every 200 ms from t=100 ms
presses = 0


def on_press(pin):
    global presses
    presses += 1


Pin("BUTTON", Pin.IN).irq(on_press, Pin.IRQ_RISING)
sleep_ms(1000)
print(presses >= 4, presses <= 5)

# micropython.schedule runs a function at the next safe point
micropython.schedule(lambda arg: print("scheduled", arg), 42)
sleep_ms(1)
