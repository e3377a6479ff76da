# machine.UART on a loopback (TX wired to RX): stream reads with timeouts, IRQs, flush.
from machine import UART
from testutil import sleep_ms, expect_error

u = UART(1, 115200, timeout=50)
print(u)
print(u.any(), u.read())  # nothing yet: None after the timeout
u.write(b"hello\nworld\n")
print(u.txdone())
u.flush()
print(u.txdone(), u.any())
print(u.readline())
buf = bytearray(3)
print(u.readinto(buf), buf)
print(u.read(10))
print(u.read(1))

# a slow line: 1200 baud is 8.3 ms per byte; read() waits for the bytes to arrive
u.init(1200, bits=8, parity=None, stop=1, timeout=100)
u.write(b"abc")
print(u.read(3))

# IRQ_RXIDLE fires when the line goes quiet after a message
got = []
u.irq(lambda uart: got.append(uart.read()), UART.IRQ_RXIDLE)
u.init(115200)
u.write(b"ping")
sleep_ms(5)
print(got)
u.irq(None)
u.deinit()

expect_error(ValueError, UART, 5)
expect_error(ValueError, UART, 1, 100)
expect_error(ValueError, UART, 1, 9600, bits=4)
