# machine.Signal: a pin with its active level.
from machine import Pin, Signal

led = Signal(Pin(16, Pin.OUT), invert=True)  # active low
sense = Pin(17, Pin.IN)
led.on()
print(led.value(), sense.value())
led.off()
print(led.value(), sense.value())
led(1)
print(led(), sense())
plain = Signal(16, Pin.OUT)
plain.value(1)
print(plain.value(), sense.value())
print(led)
