# machine.ADC: channels by number, by pin number and by Pin object.
from machine import ADC, Pin
from testutil import expect_error

a0 = ADC(0)
print(a0.read_u16())
print(a0.read_uv())
print(ADC(Pin(27)).read_u16())
print(ADC(26).read_u16() == a0.read_u16())
print(ADC(4).read_u16())  # the internal temperature channel
print(a0)
expect_error(ValueError, ADC, Pin(5))
expect_error(ValueError, ADC, 40)
