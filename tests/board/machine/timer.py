# machine.Timer on the board's virtual clock: periods, one-shot, hard and soft callbacks.
from machine import Timer
from testutil import sleep_ms, expect_error

ticks = 0


def tick(t):
    global ticks
    ticks += 1


t = Timer(-1)
t.init(period=100, mode=Timer.PERIODIC, callback=tick)
sleep_ms(350)
print(ticks)
t.deinit()
sleep_ms(500)
print(ticks)

# freq= and a soft callback that allocates
seen = []
t2 = Timer(period=50, mode=Timer.PERIODIC, callback=lambda t: seen.append(len(seen)), hard=False)
sleep_ms(260)
t2.deinit()
print(seen)

# one-shot
fired = []
Timer(0, mode=Timer.ONE_SHOT, period=20, callback=lambda t: fired.append("once"), hard=False)
sleep_ms(100)
print(fired)

# a hard callback may not allocate: the error is printed and the timer stopped
hard_calls = []
Timer(3, period=10, callback=lambda t: hard_calls.append(1))
sleep_ms(50)
print(hard_calls)

ticks = 0
t3 = Timer(1, freq=100, callback=tick)
sleep_ms(105)
t3.deinit()
print(ticks)

# tick_hz sets the unit of period
ticks = 0
t4 = Timer(2, period=25000, tick_hz=1000000, callback=tick)  # 25 ms
sleep_ms(110)
t4.deinit()
print(ticks)

expect_error(ValueError, Timer, 9)
expect_error(ValueError, Timer(-1).init, freq=2000000)
expect_error(ValueError, Timer(-1).init, period=0)
expect_error(ValueError, Timer(-1).init)
