# machine.SPI (a loopback controller) and machine.SoftSPI (MOSI wired to MISO).
from machine import SPI, SoftSPI, Pin
from testutil import expect_error

spi = SPI(0, baudrate=1000000, polarity=0, phase=0)
print(spi)
rx = bytearray(4)
spi.write_readinto(b"\x01\x02\x03\x04", rx)
print(rx)
print(spi.read(3, 0x5a))
buf = bytearray(2)
spi.readinto(buf, 0xa5)
print(buf)
spi.write(b"ignored")
spi.deinit()

for polarity in (0, 1):
    for phase in (0, 1):
        soft = SoftSPI(baudrate=100000, polarity=polarity, phase=phase, sck=Pin(12), mosi=Pin(10), miso=Pin(11))
        out = bytearray(3)
        soft.write_readinto(b"\xa5\x0f\x80", out)
        print(polarity, phase, out)
lsb = SoftSPI(sck=Pin(12), mosi=Pin(10), miso=Pin(11), firstbit=SoftSPI.LSB)
print(lsb.read(2, 0x81))
print(lsb)

expect_error(ValueError, spi.write_readinto, b"abc", bytearray(2))
expect_error(ValueError, SPI, 3)
expect_error(ValueError, SPI, 0, baudrate=100000000)
expect_error(ValueError, SoftSPI, sck=Pin(12), mosi=Pin(10))
expect_error(TypeError, spi.write, 42)
