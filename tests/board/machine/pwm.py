# machine.PWM: frequency and duty, observed on a wired input with time_pulse_us.
from machine import PWM, Pin, time_pulse_us
from testutil import expect_error

pwm = PWM(Pin(6), freq=1000, duty_u16=16384)  # 25 %: 250 us high every 1 ms
print(pwm.freq(), pwm.duty_u16(), pwm.duty_ns())
sense = Pin(7, Pin.IN)
# time_pulse_us starts timing at once if the pin is already at the level: end a low phase first
time_pulse_us(sense, 0, 100000)
high = time_pulse_us(sense, 1, 100000)
print(200 <= high <= 300)
pwm.duty_ns(750000)
print(pwm.duty_u16(), pwm.duty_ns())
time_pulse_us(sense, 1, 100000)
low = time_pulse_us(sense, 0, 100000)
print(200 <= low <= 300)
pwm.freq(2000)
print(pwm.freq(), pwm.duty_u16())
print(pwm)
pwm.duty_u16(65535)
print(sense.value())
pwm.duty_u16(0)
print(sense.value())
pwm.init(freq=500, duty_u16=32768, invert=True)
print(pwm)
pwm.deinit()
print(sense.value())

expect_error(ValueError, pwm.freq, 1)
expect_error(ValueError, pwm.freq, 100000000)
expect_error(ValueError, pwm.duty_u16, 65536)
expect_error(ValueError, PWM, 99)
