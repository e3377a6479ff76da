# machine.I2C and machine.SoftI2C against the board's 24C32 EEPROM (0x50) and TMP102 (0x48).
# SoftI2C bit-bangs pins 5 (SCL) and 4 (SDA), which the board wires to the same devices.
from machine import I2C, SoftI2C, Pin
from testutil import expect_error


def exercise(bus):
    print(bus.scan())
    bus.writeto_mem(0x50, 0x0100, b"mote!", addrsize=16)
    print(bus.readfrom_mem(0x50, 0x0100, 5, addrsize=16))
    buf = bytearray(3)
    bus.readfrom_mem_into(0x50, 0x0101, buf, addrsize=16)
    print(buf)
    # sequential read from the EEPROM's address counter
    print(bus.writeto(0x50, b"\x01\x00", False))
    print(bus.readfrom(0x50, 2))
    print(bus.writevto(0x50, (b"\x02\x00", b"ab", b"cd")))
    print(bus.readfrom_mem(0x50, 0x0200, 4, addrsize=16))
    # the temperature register: 12 bits, 0.0625 C per bit, most significant byte first
    raw = bus.readfrom_mem(0x48, 0, 2)
    print(raw, ((raw[0] << 8 | raw[1]) >> 4) * 0.0625)
    t = bytearray(2)
    bus.writeto(0x48, b"\x00")
    bus.readfrom_into(0x48, t)
    print(t == raw)
    expect_error(OSError, bus.readfrom, 0x33, 1)
    expect_error(OSError, bus.writeto, 0x33, b"x")


exercise(I2C(0, freq=400000))
soft = SoftI2C(Pin(5), Pin(4), freq=100000)
print(soft)
exercise(soft)

# SoftI2C's primitives: a register read built by hand
soft.start()
print(soft.write(bytes([0x48 << 1, 0x01])))
soft.start()
print(soft.write(bytes([0x48 << 1 | 1])))
cfg = bytearray(2)
soft.readinto(cfg)
soft.stop()
print(cfg)

expect_error(ValueError, I2C, 5)
expect_error(ValueError, I2C(0).readfrom, 0x80, 1)
expect_error(ValueError, I2C(0).readfrom_mem, 0x50, 0, 1, addrsize=12)
expect_error(ValueError, I2C, 0, freq=2000000)
